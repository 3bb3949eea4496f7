package org.stepwise.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.math.BigDecimal;
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
import org.stepwise.scheduling.Modality;
import org.stepwise.scheduling.SessionType;
import org.stepwise.scheduling.SessionTypeDetails;
import org.stepwise.scheduling.SessionTypes;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/** {@code /schedule/session-types}: the kinds of session, and a planner's changes to one. */
@Controller
class SessionTypePages {

    /** The edit form as posted. Checkboxes that are not ticked are not sent (null: no). */
    record SessionTypeForm(@Nullable String name, @Nullable Integer minutes, @Nullable Boolean countsTowardHours,
            @Nullable BigDecimal countedHours, @Nullable Modality modality, @Nullable String billingCode,
            @Nullable Integer cap, @Nullable Boolean active, @Nullable Integer version) {

        static SessionTypeForm of(SessionType t) {
            return new SessionTypeForm(t.name(), t.minutes(), t.countsTowardHours(), t.countedHours(), t.modality(),
                    t.billingCode(), t.cap(), t.active(), t.version());
        }

        SessionTypeDetails details() {
            return new SessionTypeDetails(name, minutes, Boolean.TRUE.equals(countsTowardHours), countedHours,
                    modality, billingCode, cap, Boolean.TRUE.equals(active));
        }

        SessionTypeForm withVersion(int version) {
            return new SessionTypeForm(name, minutes, countsTowardHours, countedHours, modality, billingCode, cap,
                    active, version);
        }
    }

    private final SessionTypes types;
    private final Validator validator;
    private final Texts texts;

    SessionTypePages(SessionTypes types, Validator validator, Texts texts) {
        this.types = types;
        this.validator = validator;
        this.texts = texts;
    }

    @GetMapping("/schedule/session-types")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String list(Model model) {
        model.addAttribute("types", types.all());
        return "scheduling/session-types";
    }

    @GetMapping("/schedule/session-types/{id}/edit")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String edit(@PathVariable UUID id, Model model) {
        SessionType type = types.get(id);
        return form(model, type, SessionTypeForm.of(type), Map.of());
    }

    @PostMapping("/schedule/session-types/{id}")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String save(@PathVariable UUID id, @ModelAttribute("form") SessionTypeForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SessionType type = types.get(id);
        Map<String, String> errors = FormErrors.of(binding, validator, form.details());
        if (errors.isEmpty()) {
            if (form.version() == null) {
                errors = Map.of("form", "The form has lost track of which version you edited: open it again.");
            } else {
                try {
                    SessionType saved = types.update(id, form.version(), form.details());
                    redirect.addFlashAttribute("notice", texts.get("schedule.types.saved", saved.name()));
                    return "redirect:/schedule/session-types";
                } catch (InvalidRequestException e) {
                    errors = e.fieldErrors().isEmpty() ? Map.of("form", e.getMessage()) : e.fieldErrors();
                } catch (ConflictException e) {
                    SessionType now = types.get(id);
                    response.setStatus(HttpStatus.CONFLICT.value());
                    model.addAttribute("conflict", e.getMessage());
                    model.addAttribute("saved", now);
                    return form(model, now, form.withVersion(now.version()), Map.of());
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, type, form, errors);
    }

    private String form(Model model, SessionType type, SessionTypeForm form, Map<String, String> errors) {
        model.addAttribute("type", type);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("modalities", Modality.values());
        return "scheduling/session-type-form";
    }
}
