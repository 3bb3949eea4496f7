package org.stepwise.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.stepwise.audit.internal.AuditChain;
import org.stepwise.shared.ClientId;

/**
 * Records access to health data. Call it in the same transaction as the change it describes, so that a change is never
 * committed without its audit row; a view is recorded before the data is returned.
 */
@Service
public class AuditLog {

    private static final String ANONYMOUS = "anonymous";

    private final AuditChain chain;

    AuditLog(AuditChain chain) {
        this.chain = chain;
    }

    /** Records an action by the signed-in user, taking who, role and where from the current request. */
    public void record(AuditAction action, @Nullable ClientId client, String subject, @Nullable String detail) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null ? ANONYMOUS : authentication.getName();
        String role = authentication == null ? "" : roleOf(authentication);
        recordAs(username, role, action, client, subject, detail);
    }

    /** Records an action on behalf of a named user, for moments when no one is signed in yet (a failed login). */
    public void recordAs(String username, String role, AuditAction action, @Nullable ClientId client, String subject,
            @Nullable String detail) {
        chain.append(new AuditEntry(username, role, action, client, subject, detail, remoteAddress()));
    }

    private static String roleOf(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .findFirst()
                .orElse("");
    }

    private static @Nullable String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
