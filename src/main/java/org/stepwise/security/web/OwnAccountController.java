package org.stepwise.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.security.internal.OwnAccount;
import org.stepwise.security.internal.Passwords;
import org.stepwise.security.internal.Totp;
import org.stepwise.shared.InvalidRequestException;

/** {@code /account}: every signed-in person's own password, second factor and sign-in history. */
@Controller
class OwnAccountController {

    /** The secret being set up, kept in the session until a code proves the authenticator holds it. */
    private static final String PENDING_SECRET = OwnAccountController.class.getName() + ".pendingSecret";

    private final OwnAccount account;
    private final CurrentUser currentUser;
    private final Clock clock;

    OwnAccountController(OwnAccount account, CurrentUser currentUser, Clock clock) {
        this.account = account;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    record PasswordChangeForm(@Nullable String currentPassword, @Nullable String newPassword,
            @Nullable String confirmPassword) {}

    record CodeForm(@Nullable String code) {}

    @GetMapping("/account")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String show(HttpServletRequest request, Model model) {
        return page(request, model, Map.of(), Map.of());
    }

    @PostMapping("/account/password")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String changePassword(@ModelAttribute PasswordChangeForm form, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        StepwiseUser user = currentUser.require();
        try {
            OwnAccount.PasswordChange outcome = account.changePassword(user, form.currentPassword(), form.newPassword(),
                    form.confirmPassword(), request.getSession().getId());
            if (outcome == OwnAccount.PasswordChange.LOCKED) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return "redirect:/login?locked";
            }
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(request, model, e.fieldErrors(), Map.of());
        }
        redirect.addFlashAttribute("notice", "Your password was changed. Other sessions and API tokens of yours have "
                + "ended.");
        return "redirect:/account";
    }

    @PostMapping("/account/mfa/setup")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String startMfa(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession();
        if (session.getAttribute(PENDING_SECRET) == null) {
            session.setAttribute(PENDING_SECRET, Totp.newSecret());
        }
        return page(request, model, Map.of(), Map.of());
    }

    @PostMapping("/account/mfa/confirm")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String confirmMfa(@ModelAttribute CodeForm form, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            // A code with no set-up in progress (a second tab, an expired session): say so rather than pretend.
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(request, model, Map.of(), Map.of("code",
                    "No set-up is in progress. Choose \"Set up an authenticator app\" first, then enter its code."));
        }
        try {
            account.enableMfa(currentUser.require(), secret, form.code());
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(request, model, Map.of(), e.fieldErrors());
        }
        session.removeAttribute(PENDING_SECRET);
        redirect.addFlashAttribute("notice", "Your second factor is on: from your next sign-in, Stepwise asks for a "
                + "code after your password.");
        return "redirect:/account";
    }

    @PostMapping("/account/mfa/disable")
    @PreAuthorize("hasAuthority('SIGNED_IN')")
    String disableMfa(@ModelAttribute CodeForm form, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        try {
            account.disableMfa(currentUser.require(), form.code());
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(request, model, Map.of(), e.fieldErrors());
        }
        redirect.addFlashAttribute("notice", "Your second factor is off.");
        return "redirect:/account";
    }

    private String page(HttpServletRequest request, Model model, Map<String, String> passwordErrors,
            Map<String, String> mfaErrors) {
        StepwiseUser user = currentUser.require();
        OwnAccount.Summary summary = account.summary(user);
        HttpSession session = request.getSession(false);
        String pending = session == null ? null : (String) session.getAttribute(PENDING_SECRET);
        model.addAttribute("summary", summary);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("errors", passwordErrors);
        model.addAttribute("mfaErrors", mfaErrors);
        model.addAttribute("minLength", Passwords.MIN_LENGTH);
        if (pending != null && !summary.mfaEnabled()) {
            model.addAttribute("pendingSecret", pending);
            model.addAttribute("otpauthUri", Totp.otpauthUri("Stepwise", user.username(), pending));
        }
        return "security/account";
    }
}
