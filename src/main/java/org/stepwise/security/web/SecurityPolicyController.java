package org.stepwise.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.AccountOverview;
import org.stepwise.security.internal.AccountAdministration;
import org.stepwise.security.internal.SecurityProperties;
import org.stepwise.staff.Role;

/**
 * {@code /admin/security}: which roles must use a second factor, the sign-in settings in force (set in configuration,
 * shown here), and the accounts that need attention.
 */
@Controller
class SecurityPolicyController {

    private final AccountAdministration accounts;
    private final AccountOverview overview;
    private final SecurityProperties properties;
    private final Duration idleTimeout;

    SecurityPolicyController(AccountAdministration accounts, AccountOverview overview, SecurityProperties properties,
            @Value("${spring.session.timeout:15m}") Duration idleTimeout) {
        this.accounts = accounts;
        this.overview = overview;
        this.properties = properties;
        this.idleTimeout = idleTimeout;
    }

    /** The roles ticked on the form; none ticked sends nothing, which means no role requires it. */
    record MfaPolicyForm(@Nullable List<Role> required) {}

    @GetMapping("/admin/security")
    @PreAuthorize("hasAuthority('SECURITY_ADMIN')")
    String policy(Model model) {
        return page(model, accounts.mfaRequiredRoles(), Map.of());
    }

    @PostMapping("/admin/security/mfa")
    @PreAuthorize("hasAuthority('SECURITY_ADMIN')")
    String requireMfa(@ModelAttribute("form") MfaPolicyForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, accounts.mfaRequiredRoles(),
                    Map.of("required", "Choose roles from the list; nothing was changed."));
        }
        Set<Role> required = form.required() == null || form.required().isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(form.required());
        accounts.requireMfaFor(required);
        redirect.addFlashAttribute("notice", "Saved. Roles that now require a second factor set one up at their next "
                + "sign-in.");
        return "redirect:/admin/security";
    }

    private String page(Model model, Set<Role> required, Map<String, String> errors) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("required", required);
        model.addAttribute("errors", errors);
        model.addAttribute("idleMinutes", idleTimeout.toMinutes());
        model.addAttribute("maxFailedLogins", properties.maxFailedLogins());
        model.addAttribute("lockoutMinutes", properties.lockout().toMinutes());
        model.addAttribute("tokenHours", properties.apiTokenLifetime().toHours());
        model.addAttribute("locked", overview.locked());
        model.addAttribute("missingMfa", overview.missingRequiredMfa());
        return "security/policy";
    }
}
