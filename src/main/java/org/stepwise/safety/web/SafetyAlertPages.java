package org.stepwise.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.safety.AlertOutcome;
import org.stepwise.safety.SafetyAlert;
import org.stepwise.safety.SafetyAlertId;
import org.stepwise.safety.SafetyAlerts;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/** The open-alerts list, a client's alerts (the chart's first section), one alert and its resolution. */
@Controller
class SafetyAlertPages {

    private final SafetyAlerts alerts;
    private final AlertViews views;
    private final CurrentUser currentUser;
    private final Clock clock;

    SafetyAlertPages(SafetyAlerts alerts, AlertViews views, CurrentUser currentUser, Clock clock) {
        this.alerts = alerts;
        this.views = views;
        this.currentUser = currentUser;
        this.clock = clock;
    }


    @GetMapping("/safety/alerts")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String list(Model model) {
        model.addAttribute("alerts", views.of(alerts.openForMe()));
        model.addAttribute("everyone", currentUser.require().can(Permission.PROGRAM_OVERSIGHT));
        model.addAttribute("zone", clock.getZone());
        return "safety/alerts";
    }

    /** The chart's section: a fragment for htmx, the same content as a page of its own otherwise. */
    @GetMapping("/clients/{clientId}/safety-alerts")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String forClient(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        List<SafetyAlert> shown = alerts.viewForClient(new ClientId(clientId));
        model.addAttribute("clientId", clientId);
        model.addAttribute("alerts", views.of(shown));
        model.addAttribute("canResolve", currentUser.require().can(Permission.CLINICAL_WRITE));
        model.addAttribute("zone", clock.getZone());
        return htmx != null && historyRestore == null ? "safety/client-alerts :: content" : "safety/client-alerts";
    }

    @GetMapping("/safety/alerts/{alertId}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String alert(@PathVariable UUID alertId, Model model) {
        SafetyAlert alert = alerts.view(new SafetyAlertId(alertId));
        return page(model, alert, new ResolveForm(alert.version(), "", ""), Map.of());
    }

    @PostMapping("/safety/alerts/{alertId}/resolve")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String resolve(@PathVariable UUID alertId, @Valid @ModelAttribute("form") ResolveForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SafetyAlertId id = new SafetyAlertId(alertId);
        AlertOutcome outcome = form.outcome() == null ? null : AlertOutcome.fromCode(form.outcome()).orElse(null);
        if (form.outcome() != null && !form.outcome().isBlank() && outcome == null
                && !binding.hasFieldErrors("outcome")) {
            binding.addError(new FieldError("form", "outcome", form.outcome(), false, null, null,
                    "Choose one of the outcomes listed."));
        }
        // Every problem at once: the alert's own checks (plain text, an outcome) beside Jakarta's.
        SafetyAlert.problemsWith(form.actionTaken(), outcome).forEach((field, message) -> {
            if (!binding.hasFieldErrors(field)) {
                binding.addError(new FieldError("form", field, message));
            }
        });
        if (!binding.hasErrors()) {
            try {
                SafetyAlert resolved = alerts.resolve(id, form.version(), form.actionTaken(), outcome);
                redirect.addFlashAttribute("notice", "safety.resolve.done");
                return "redirect:/safety/alerts/" + resolved.id();
            } catch (InvalidRequestException e) {
                e.fieldErrors().forEach((field, message) -> binding.addError(new FieldError("form", field, message)));
                if (e.fieldErrors().isEmpty()) {
                    binding.reject("invalid", e.getMessage());
                }
            }
        }
        SafetyAlert alert = alerts.view(id);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, alert, form, FormErrors.of(binding));
    }

    private String page(Model model, SafetyAlert alert, ResolveForm form, Map<String, String> errors) {
        model.addAttribute("a", views.of(alert));
        model.addAttribute("entry", form);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", Arrays.asList(AlertOutcome.values()));
        model.addAttribute("canResolve", alert.isOpen() && currentUser.require().can(Permission.CLINICAL_WRITE));
        model.addAttribute("zone", clock.getZone());
        return "safety/alert";
    }
}
