package org.stepwise.attendance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Signs a request (or the current thread, for a while) in as the demo account of a role. */
final class SignedIn {

    private SignedIn() {}

    static UsernamePasswordAuthenticationToken token(StaffDirectory staff, Role role) {
        StaffMember member = staff.activeWithRole(role).getFirst();
        StepwiseUser user = new StepwiseUser(member.id(), member.username(), member.displayName(), role);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    static RequestPostProcessor as(StaffDirectory staff, Role role) {
        return authentication(token(staff, role));
    }

    /** Runs {@code work} signed in as the role, then puts back whoever was signed in before. */
    static <T> T as(StaffDirectory staff, Role role, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(token(staff, role));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
