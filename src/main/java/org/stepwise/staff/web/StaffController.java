package org.stepwise.staff.web;

import org.stepwise.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.AccountStatus;
import org.stepwise.staff.AccountStatuses;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffCredentials;
import org.stepwise.staff.StaffFilter;
import org.stepwise.staff.StaffManagement;
import org.stepwise.staff.StaffRecord;
import org.stepwise.staff.web.StaffForms.CredentialForm;
import org.stepwise.staff.web.StaffForms.StaffForm;

/**
 * {@code /admin/staff}: the staff list, each member's record and credentials. Creating an account and the actions on a
 * login (reset password, unlock, reset MFA) are the security module's pages.
 */
@Controller
class StaffController {

    private final StaffManagement staff;
    private final StaffCredentials credentials;
    private final Organisation organisation;
    private final ObjectProvider<AccountStatuses> accountStatuses;
    private final Validator validator;
    private final Clock clock;

    StaffController(StaffManagement staff, StaffCredentials credentials, Organisation organisation,
            ObjectProvider<AccountStatuses> accountStatuses, Validator validator, Clock clock) {
        this.clock = clock;
        this.staff = staff;
        this.credentials = credentials;
        this.organisation = organisation;
        this.accountStatuses = accountStatuses;
        this.validator = validator;
    }

    @GetMapping("/admin/staff")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String list(@RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(name = "credentials", required = false) @Nullable String credentialFilter,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        boolean attention = "attention".equals(credentialFilter);
        List<StaffRecord> members = staff.list(new StaffFilter(role, active, attention));
        model.addAttribute("members", members);
        model.addAttribute("accounts", statuses(members.stream().map(StaffRecord::id).toList()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("role", role);
        model.addAttribute("active", active);
        model.addAttribute("attention", attention);
        model.addAttribute("today", credentials.today());
        model.addAttribute("attentionDays", StaffCredentials.ATTENTION_DAYS);
        return htmx != null ? "staff/staff-list :: results" : "staff/staff-list";
    }

    @GetMapping("/admin/staff/{id}")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String show(@PathVariable UUID id, Model model) {
        StaffRecord record = staff.get(new StaffId(id));
        return page(model, record, StaffForm.of(record), Map.of(), CredentialForm.blank(), Map.of());
    }

    @PostMapping("/admin/staff/{id}")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String update(@PathVariable UUID id, @ModelAttribute("form") StaffForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffId staffId = new StaffId(id);
        StaffRecord record = staff.get(staffId);
        Map<String, String> errors = FormErrors.of(binding, validator, form.changes());
        if (errors.isEmpty()) {
            try {
                staff.update(staffId, version(form.version()), form.changes());
                redirect.addFlashAttribute("notice", "Saved the record of " + form.changes().displayName() + ".");
                return "redirect:/admin/staff/" + id;
            } catch (InvalidRequestException e) {
                errors = FormErrors.of(e);
            } catch (ConflictException e) {
                StaffRecord saved = staff.get(staffId);
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("conflict", e.getMessage());
                model.addAttribute("saved", saved);
                return page(model, saved, form.withVersion(saved.version()), Map.of(), CredentialForm.blank(), Map.of());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, record, form, errors, CredentialForm.blank(), Map.of());
    }

    @PostMapping("/admin/staff/{id}/deactivate")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String deactivate(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        StaffRecord record = staff.get(new StaffId(id));
        staff.deactivate(record.id(), version);
        redirect.addFlashAttribute("notice", record.displayName() + " can no longer sign in; their API tokens and "
                + "open sessions have ended.");
        return "redirect:/admin/staff/" + id;
    }

    @PostMapping("/admin/staff/{id}/credentials")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String addCredential(@PathVariable UUID id, @ModelAttribute("credentialForm") CredentialForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffRecord record = staff.get(new StaffId(id));
        Map<String, String> errors = FormErrors.of(binding, validator, form.details());
        if (errors.isEmpty()) {
            try {
                credentials.add(record.id(), form.details());
                redirect.addFlashAttribute("notice", "Added the " + form.details().licenceType() + " credential.");
                return "redirect:/admin/staff/" + id + "#credentials";
            } catch (InvalidRequestException e) {
                errors = FormErrors.of(e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, record, StaffForm.of(record), Map.of(), form, errors);
    }

    @PostMapping("/admin/staff/{id}/credentials/{credentialId}/remove")
    @PreAuthorize("hasAuthority('STAFF_ADMIN')")
    String removeCredential(@PathVariable UUID id, @PathVariable UUID credentialId, RedirectAttributes redirect) {
        credentials.remove(new StaffId(id), credentialId);
        redirect.addFlashAttribute("notice", "Removed the credential.");
        return "redirect:/admin/staff/" + id + "#credentials";
    }

    /** Credentials expired or expiring soon: for administrators who renew them and directors who plan around them. */
    @GetMapping("/staff/credentials")
    @PreAuthorize("hasAnyAuthority('STAFF_ADMIN', 'PROGRAM_OVERSIGHT')")
    String expiring(Authentication authentication, Model model) {
        model.addAttribute("canEdit", authentication.getAuthorities().stream()
                .anyMatch(a -> "STAFF_ADMIN".equals(a.getAuthority())));
        model.addAttribute("items", credentials.needingAttention());
        model.addAttribute("today", credentials.today());
        model.addAttribute("attentionDays", StaffCredentials.ATTENTION_DAYS);
        return "staff/credentials";
    }

    private String page(Model model, StaffRecord record, StaffForm form, Map<String, String> errors,
            CredentialForm credentialForm, Map<String, String> credentialErrors) {
        model.addAttribute("member", record);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("credentialForm", credentialForm);
        model.addAttribute("credentialErrors", credentialErrors);
        model.addAttribute("credentials", credentials.of(record.id()));
        model.addAttribute("today", credentials.today());
        model.addAttribute("attentionDays", StaffCredentials.ATTENTION_DAYS);
        model.addAttribute("account", statuses(List.of(record.id())).get(record.id()));
        model.addAttribute("sites", organisation.sites());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("roles", Role.values());
        return "staff/staff";
    }

    private Map<StaffId, AccountStatus> statuses(List<StaffId> ids) {
        AccountStatuses provider = accountStatuses.getIfAvailable();
        return provider == null ? Map.of() : provider.of(ids);
    }

    private static int version(@Nullable Integer version) {
        if (version == null) {
            throw new InvalidRequestException("The form has lost track of which version you edited: open the page "
                    + "again and reapply your change.");
        }
        return version;
    }
}
