package org.stepwise.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting in this request. */
@Component
public class CurrentUser {

    public Optional<StepwiseUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StepwiseUser user
                && authentication.getAuthorities().stream().anyMatch(a -> StepwiseUser.SIGNED_IN.equals(a.getAuthority()))) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public StepwiseUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user in this request"));
    }
}
