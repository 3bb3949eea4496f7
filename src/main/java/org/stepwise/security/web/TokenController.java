package org.stepwise.security.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.RolePermissions;
import org.stepwise.security.StepwiseUser;
import org.stepwise.security.internal.ApiTokens;
import org.stepwise.security.internal.LoginRecord;
import org.stepwise.security.internal.SignIn;
import org.stepwise.security.internal.StaffAuthenticationProvider;
import org.stepwise.security.internal.StaffLogins;
import org.stepwise.security.internal.Totp;

/** {@code POST /api/v1/auth/token}: a bearer token for integrations, with the same password, lockout and MFA rules. */
@RestController
class TokenController {

    private final StaffAuthenticationProvider provider;
    private final StaffLogins logins;
    private final SignIn signIn;
    private final ApiTokens tokens;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    TokenController(StaffAuthenticationProvider provider, StaffLogins logins, SignIn signIn, ApiTokens tokens,
            AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.provider = provider;
        this.logins = logins;
        this.signIn = signIn;
        this.tokens = tokens;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record TokenRequest(
            @NotBlank(message = "username is required") @Size(max = 100, message = "username is too long") String username,
            @NotBlank(message = "password is required") @Size(max = 200, message = "password is too long") String password,
            @Nullable @Size(max = 10, message = "totp is a 6-digit code") String totp) {}

    record TokenResponse(String token, Instant expiresAt) {}

    @PostMapping("/api/v1/auth/token")
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request) {
        Authentication authentication;
        try {
            authentication = provider.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
        } catch (AuthenticationException e) {
            return unauthorized(e.getMessage());
        }
        StepwiseUser user = (StepwiseUser) authentication.getPrincipal();
        if (signIn.needsSecondFactor(user)) {
            LoginRecord login = logins.find(user.staffId()).orElseThrow();
            if (!login.mfaEnabled()) {
                return unauthorized("Your role requires multi-factor authentication: sign in to the web app once to "
                        + "set up an authenticator, then request a token with \"totp\".");
            }
            if (request.totp() == null || !Totp.verify(login.mfaSecret(), request.totp(), clock.instant())) {
                provider.recordFailure(login, "wrong or missing second-factor code (API)");
                return unauthorized("This account uses multi-factor authentication: send the current 6-digit code "
                        + "from your authenticator app as \"totp\".");
            }
        }
        ApiTokens.IssuedToken token = tokens.issue(user.staffId());
        logins.recordSuccess(user.staffId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        audit.record(AuditAction.LOGIN, null, "login", "api token");
        return ResponseEntity.ok(new TokenResponse(token.token(), token.expiresAt()));
    }

    /** Who the token belongs to and what their role may do. */
    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> me() {
        StepwiseUser user = currentUser.require();
        return Map.of("username", user.username(), "displayName", user.displayName(), "role", user.role().name(),
                "permissions", RolePermissions.of(user.role()));
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Sign-in failed");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
}
