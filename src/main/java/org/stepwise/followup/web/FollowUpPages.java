package org.stepwise.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.followup.AftercareAttendance;
import org.stepwise.followup.AttemptResult;
import org.stepwise.followup.FollowUp;
import org.stepwise.followup.FollowUps;
import org.stepwise.followup.Housing;
import org.stepwise.followup.ReEngagementAction;
import org.stepwise.followup.WorkOrSchool;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/**
 * The follow-up list (one's own; every one for the director) and one follow-up's page: its attempts, the outcome check
 * and re-engagement. Refused input shows the page again with each problem beside its field (422); someone else's change
 * shows the follow-up as it now stands with a message (409). Nothing is saved either way.
 */
@Controller
class FollowUpPages {

    private final FollowUps followUps;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpPages(FollowUps followUps, CurrentUser currentUser, Clock clock) {
        this.followUps = followUps;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/follow-ups")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    String list(@RequestParam(required = false) @Nullable String everyone, Model model) {
        boolean all = FormErrors.checked(everyone) && currentUser.require().can(Permission.PROGRAM_OVERSIGHT);
        model.addAttribute("followUps", followUps.needingSomeone(all));
        model.addAttribute("everyone", all);
        model.addAttribute("canSeeEveryone", currentUser.require().can(Permission.PROGRAM_OVERSIGHT));
        model.addAttribute("today", LocalDate.now(clock));
        return "followup/list";
    }

    @GetMapping("/follow-ups/{id}")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    String followUp(@PathVariable UUID id, Model model) {
        return page(model, followUps.view(id), AttemptForm.blank(), Map.of(), null, null, Map.of());
    }

    @PostMapping("/follow-ups/{id}/attempts")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    String attempt(@PathVariable UUID id, @ModelAttribute AttemptForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AttemptForm.Read read = form.read();
        Map<String, String> errors = new LinkedHashMap<>(read.errors());
        if (errors.isEmpty()) {
            try {
                followUps.recordAttempt(id, read.request());
                redirect.addFlashAttribute("followUpNotice", "followup.attempt.saved");
                return "redirect:/follow-ups/" + id;
            } catch (InvalidRequestException e) {
                errors.putAll(FormErrors.of(e));
            } catch (ConflictException e) {
                response.setStatus(409);
                return page(model, followUps.view(id), form, Map.of("form", String.valueOf(e.getMessage())), null,
                        null, Map.of());
            }
        }
        response.setStatus(422);
        return page(model, followUps.view(id), form, errors, null, null, Map.of());
    }

    @PostMapping("/follow-ups/{id}/reengaged")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    String reEngaged(@PathVariable UUID id, @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String note, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReEngagementAction chosen = AttemptForm.choice("action", action, ReEngagementAction::valueOf,
                "Choose what was done: alumni group, aftercare appointment or readmission referral.", errors);
        if (errors.isEmpty()) {
            try {
                followUps.reEngaged(id, FormErrors.version(version), chosen, note);
                redirect.addFlashAttribute("followUpNotice", "followup.reengaged.saved");
                return "redirect:/follow-ups/" + id;
            } catch (InvalidRequestException e) {
                errors.putAll(FormErrors.of(e));
            } catch (ConflictException e) {
                response.setStatus(409);
                return page(model, followUps.view(id), AttemptForm.blank(), Map.of(), action, note,
                        Map.of("form", String.valueOf(e.getMessage())));
            }
        }
        response.setStatus(422);
        return page(model, followUps.view(id), AttemptForm.blank(), Map.of(), action, note, errors);
    }

    private String page(Model model, FollowUp followUp, AttemptForm form, Map<String, String> errors,
            @Nullable String action, @Nullable String note, Map<String, String> reEngageErrors) {
        StepwiseUser user = currentUser.require();
        model.addAttribute("f", followUp);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reEngageErrors", reEngageErrors);
        model.addAttribute("enteredAction", action);
        model.addAttribute("enteredNote", note);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("results", AttemptResult.values());
        model.addAttribute("housings", Housing.values());
        model.addAttribute("works", WorkOrSchool.values());
        model.addAttribute("aftercares", AftercareAttendance.values());
        model.addAttribute("actions", ReEngagementAction.values());
        model.addAttribute("canRecordPhq9", user.can(Permission.CLINICAL_WRITE) || user.can(Permission.INTAKE));
        model.addAttribute("canRefer", user.can(Permission.INTAKE));
        return "followup/follow-up";
    }
}
