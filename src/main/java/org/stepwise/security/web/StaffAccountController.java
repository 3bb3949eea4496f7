package org.stepwise.security.web;

import org.stepwise.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.security.internal.AccountAdministration;
import org.stepwise.security.internal.Passwords;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.NewStaff;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffManagement;
import org.stepwise.staff.StaffRecord;

/**
 * The account side of {@code /admin/staff}: create an account with its first password, reset a password, unlock, and
 * reset the second factor. A generated password is shown once, on a page the browser is told not to keep.
 */
@Controller
class StaffAccountController {

    private final AccountAdministration accounts;
    private final StaffManagement staff;
    private final Organisation organisation;
    private final Validator validator;

    StaffAccountController(AccountAdministration accounts, StaffManagement staff, Organisation organisation,
            Validator validator) {
        this.accounts = accounts;
        this.staff = staff;
        this.organisation = organisation;
        this.validator = validator;
    }

    /** A password to set: {@code passwordChoice} is {@code generate} or {@code type} (then {@code password} is used). */
    interface PasswordChoice {

        @Nullable String passwordChoice();

        @Nullable String password();

        default boolean generate() {
            return !"type".equals(passwordChoice());
        }

        /** The typed password, or null when one is to be generated. */
        default @Nullable String typedPassword() {
            return generate() ? null : (password() == null ? "" : password());
        }
    }

    /** A new account and its first password. */
    record NewAccountForm(@Nullable String username, @Nullable String displayName, @Nullable Role role,
            @Nullable UUID site, @Nullable String email, @Nullable String passwordChoice, @Nullable String password)
            implements PasswordChoice {

        static NewAccountForm blank() {
            return new NewAccountForm("", "", null, null, "", "generate", null);
        }

        NewStaff details() {
            return new NewStaff(username, displayName, role, site == null ? null : new SiteId(site), email);
        }
    }

    record PasswordResetForm(@Nullable String passwordChoice, @Nullable String password) implements PasswordChoice {}

    @GetMapping("/admin/staff/new")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String newAccount(Model model) {
        return form(model, NewAccountForm.blank(), Map.of());
    }

    @PostMapping("/admin/staff")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String create(@ModelAttribute("form") NewAccountForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        Map<String, String> errors = FormErrors.of(binding, validator, form.details());
        if (errors.isEmpty()) {
            try {
                AccountAdministration.NewAccount account = accounts.create(form.details(), form.typedPassword());
                noStore(response);
                model.addAttribute("member", staff.get(account.id()));
                model.addAttribute("generated", account.generated());
                model.addAttribute("created", true);
                return "security/password-shown";
            } catch (InvalidRequestException e) {
                errors = FormErrors.of(e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        // Never send a typed password back to the browser.
        return form(model, new NewAccountForm(form.username(), form.displayName(), form.role(), form.site(),
                form.email(), form.passwordChoice(), null), errors);
    }

    @GetMapping("/admin/staff/{id}/password")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String resetPasswordForm(@PathVariable UUID id, Model model) {
        return resetForm(model, staff.get(new StaffId(id)), true, Map.of());
    }

    @PostMapping("/admin/staff/{id}/password")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String resetPassword(@PathVariable UUID id, @ModelAttribute PasswordResetForm form, Model model,
            HttpServletResponse response) {
        StaffRecord member = staff.get(new StaffId(id));
        try {
            String generated = accounts.resetPassword(member.id(), form.typedPassword());
            noStore(response);
            model.addAttribute("member", member);
            model.addAttribute("generated", generated);
            model.addAttribute("created", false);
            return "security/password-shown";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return resetForm(model, member, form.generate(), e.fieldErrors());
        }
    }

    @PostMapping("/admin/staff/{id}/unlock")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        StaffRecord member = staff.get(new StaffId(id));
        accounts.unlock(member.id());
        redirect.addFlashAttribute("notice", member.displayName() + " can sign in again.");
        return "redirect:/admin/staff/" + id + "#account";
    }

    @PostMapping("/admin/staff/{id}/mfa/reset")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String resetMfa(@PathVariable UUID id, RedirectAttributes redirect) {
        StaffRecord member = staff.get(new StaffId(id));
        accounts.resetMfa(member.id());
        redirect.addFlashAttribute("notice", "The second factor of " + member.displayName() + " was removed; they set "
                + "up a new authenticator at their next sign-in if their role requires one.");
        return "redirect:/admin/staff/" + id + "#account";
    }

    private String form(Model model, NewAccountForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("sites", organisation.sites());
        model.addAttribute("minLength", Passwords.MIN_LENGTH);
        return "security/account-new";
    }

    private String resetForm(Model model, StaffRecord member, boolean generate, Map<String, String> errors) {
        model.addAttribute("member", member);
        model.addAttribute("generate", generate);
        model.addAttribute("errors", errors);
        model.addAttribute("minLength", Passwords.MIN_LENGTH);
        return "security/password-reset";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
