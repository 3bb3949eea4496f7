package org.stepwise.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.security.StepwiseUser;
import org.stepwise.security.internal.LoginRecord;
import org.stepwise.security.internal.SignIn;
import org.stepwise.security.internal.StaffAuthenticationProvider;
import org.stepwise.security.internal.StaffLogins;
import org.stepwise.security.internal.Totp;

/** The sign-in page and the second-factor page (enter a code, or enrol an authenticator when the role requires one). */
@Controller
class LoginController {

    private final SignIn signIn;
    private final StaffLogins logins;
    private final StaffAuthenticationProvider provider;
    private final Clock clock;

    LoginController(SignIn signIn, StaffLogins logins, StaffAuthenticationProvider provider, Clock clock) {
        this.signIn = signIn;
        this.logins = logins;
        this.provider = provider;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    @GetMapping("/login/mfa")
    String secondFactor(HttpServletRequest request, Model model) {
        StepwiseUser user = signIn.pendingUser(request);
        if (user == null) {
            return "redirect:/login";
        }
        LoginRecord login = logins.find(user.staffId()).orElseThrow();
        if (!login.mfaEnabled()) {
            String secret = signIn.enrolmentSecret(request);
            model.addAttribute("enrolling", true);
            model.addAttribute("secret", secret);
            model.addAttribute("otpauthUri", Totp.otpauthUri("Stepwise", user.username(), secret));
        }
        return "security/mfa";
    }

    @PostMapping("/login/mfa")
    String verifySecondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        StepwiseUser user = signIn.pendingUser(request);
        if (user == null) {
            return "redirect:/login";
        }
        LoginRecord login = logins.find(user.staffId()).orElseThrow();
        String secret = login.mfaEnabled() ? login.mfaSecret() : signIn.enrolmentSecret(request);
        String cleanCode = code.replace(" ", "");
        if (secret != null && Totp.verify(secret, cleanCode, clock.instant())) {
            if (!login.mfaEnabled()) {
                logins.enableMfa(user.staffId(), secret);
            }
            signIn.complete(user, request, response);
            return "redirect:/";
        }
        if (provider.recordFailure(login, "wrong second-factor code")) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/login?locked";
        }
        model.addAttribute("error", "That code is not right. Enter the 6-digit code your authenticator app shows now.");
        return secondFactor(request, model);
    }
}
