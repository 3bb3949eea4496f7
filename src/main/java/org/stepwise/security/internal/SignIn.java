package org.stepwise.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.security.StepwiseUser;

/**
 * The two steps of a page sign-in: after the password, either the user is fully signed in, or (when a second factor is
 * needed) the session holds a pending sign-in whose only right is to open the code page.
 */
@Component
public class SignIn {

    /** The only authority of a session that has passed the password but not yet the second factor. */
    public static final String MFA_PENDING = "MFA_PENDING";

    private static final String PENDING_USER = SignIn.class.getName() + ".pendingUser";
    private static final String ENROLMENT_SECRET = SignIn.class.getName() + ".enrolmentSecret";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final StaffLogins logins;
    private final MfaPolicy mfaPolicy;
    private final AuditLog audit;

    SignIn(StaffLogins logins, MfaPolicy mfaPolicy, AuditLog audit) {
        this.logins = logins;
        this.mfaPolicy = mfaPolicy;
        this.audit = audit;
    }

    public boolean needsSecondFactor(StepwiseUser user) {
        boolean enrolled = logins.find(user.staffId()).map(LoginRecord::mfaEnabled).orElse(false);
        return enrolled || mfaPolicy.requiredFor(user.role());
    }

    public void holdForSecondFactor(StepwiseUser user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession().setAttribute(PENDING_USER, user);
        var pending = UsernamePasswordAuthenticationToken.authenticated(
                user.username(), null, List.of(new SimpleGrantedAuthority(MFA_PENDING)));
        save(pending, request, response);
    }

    public @Nullable StepwiseUser pendingUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (StepwiseUser) session.getAttribute(PENDING_USER);
    }

    /** A new secret while the user enrols, kept in the session until a code proves the authenticator holds it. */
    public String enrolmentSecret(HttpServletRequest request) {
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(ENROLMENT_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(ENROLMENT_SECRET, secret);
        }
        return secret;
    }

    public void complete(StepwiseUser user, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        session.removeAttribute(PENDING_USER);
        session.removeAttribute(ENROLMENT_SECRET);
        request.changeSessionId();
        save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()), request, response);
        logins.recordSuccess(user.staffId());
        audit.record(AuditAction.LOGIN, null, "login", "web");
    }

    private void save(UsernamePasswordAuthenticationToken authentication, HttpServletRequest request,
            HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
