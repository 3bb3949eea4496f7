package org.stepwise.episodes.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.AdmissionOutcome;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.TrackRosters;
import org.stepwise.episodes.internal.LevelOfCare;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/** The admission form: a program's track, the episode's terms and the care team; then admitted or waitlisted. */
@Controller
class AdmissionPages {

    private final Admissions admissions;
    private final TrackRosters rosters;
    private final ClientRegistry registry;
    private final ChartAccess chartAccess;
    private final Clock clock;
    private final org.stepwise.episodes.EpisodeRecords records;

    AdmissionPages(Admissions admissions, TrackRosters rosters, ClientRegistry registry, ChartAccess chartAccess,
            Clock clock, org.stepwise.episodes.EpisodeRecords records) {
        this.records = records;
        this.admissions = admissions;
        this.rosters = rosters;
        this.registry = registry;
        this.chartAccess = chartAccess;
        this.clock = clock;
    }


    @GetMapping("/clients/{clientId}/admission")
    @PreAuthorize("hasAuthority('INTAKE')")
    String form(@PathVariable UUID clientId, @RequestParam(required = false) @Nullable UUID referral, Model model) {
        ClientSummary summary = summary(clientId);
        chartAccess.require(summary.id());
        model.addAttribute("form", AdmissionForm.blank(LocalDate.now(clock), referral));
        return page(model, summary, new LinkedHashMap<>());
    }

    @PostMapping("/clients/{clientId}/admission")
    @PreAuthorize("hasAuthority('INTAKE')")
    String admit(@PathVariable UUID clientId, @Valid @ModelAttribute("form") @Nullable AdmissionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        ClientSummary summary = summary(clientId);
        if (form == null) {
            // Replacing the model's form drops its BindingResult, so the refusal's status is set here.
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("form", AdmissionForm.lenient(name -> {
                String value = request.getParameter(name);
                return value == null || value.length() > 200 ? null : value;
            }));
        }
        if (form != null && !binding.hasErrors()) {
            try {
                AdmissionOutcome outcome = admissions.admit(summary.id(), form.toDraft());
                redirect.addFlashAttribute("admitted", outcome.outcome().name());
                redirect.addFlashAttribute("admittedOn", outcome.admittedOn().toString());
                redirect.addFlashAttribute("position", outcome.position());
                redirect.addFlashAttribute("expectedStart",
                        outcome.expectedStart() == null ? null : outcome.expectedStart().toString());
                redirect.addFlashAttribute("warnings", new ArrayList<>(outcome.warnings()));
                return "redirect:/clients/" + clientId + "/episodes";
            } catch (InvalidRequestException e) {
                e.fieldErrors().forEach((field, message) -> binding.addError(
                        new FieldError("form", AdmissionForm.formField(field), message)));
                if (e.fieldErrors().isEmpty()) {
                    binding.addError(new FieldError("form", "form", e.getMessage()));
                }
            }
        }
        return page(model, summary, errors(binding));
    }


    private String page(Model model, ClientSummary summary, Map<String, String> errors) {
        model.addAttribute("summary", summary);
        model.addAttribute("errors", errors);
        model.addAttribute("tracks", rosters.tracks());
        model.addAttribute("staff", admissions.careTeamCandidates());
        model.addAttribute("levels", java.util.Arrays.stream(LevelOfCare.values()).map(LevelOfCare::code).toList());
        model.addAttribute("teamRows", java.util.List.of(1, 2, 3));
        // Issue 7: a readmission is said so; the new episode will name the one it follows.
        model.addAttribute("formerClient", records.lastDischarges(List.of(summary.id())).get(summary.id()));
        return "episodes/admission";
    }

    private ClientSummary summary(UUID clientId) {
        return registry.find(new ClientId(clientId))
                .orElseThrow(() -> new NotFoundException("There is no client with id " + clientId + "."));
    }

    /** One message per field; a value of the wrong type gets a message saying what to type. */
    static Map<String, String> errors(BindingResult binding) {
        return FormErrors.of(binding, field -> field.endsWith("On") || field.startsWith("authorization")
                ? "Enter the date as yyyy-mm-dd." : "Enter a number.");
    }
}
