package org.stepwise.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.NewPlacement;
import org.stepwise.intake.Placement;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.PlacementId;
import org.stepwise.intake.Placements;
import org.stepwise.intake.Recommendation;
import org.stepwise.intake.internal.LevelOfCareTables;
import org.stepwise.intake.placement.DimensionRule;
import org.stepwise.intake.placement.PlacementAssessment;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Placement on the chart: the rating form with its live recommendation, recording a placement, and the history. Every
 * page goes through the care-team rule ({@link ChartAccess}); recording and the history are audited by
 * {@link Placements}.
 */
@Controller
class PlacementPages {

    private final Placements placements;
    private final LevelOfCareTables tables;
    private final ChartAccess chartAccess;
    private final ClientRegistry clients;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlacementPages(Placements placements, LevelOfCareTables tables, ChartAccess chartAccess, ClientRegistry clients,
            StaffDirectory staff, CurrentUser currentUser, Clock clock) {
        this.placements = placements;
        this.tables = tables;
        this.chartAccess = chartAccess;
        this.clients = clients;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }


    @GetMapping("/clients/{clientId}/placements")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String history(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        ClientSummary client = open(clientId);
        List<Placement> all = placements.history(client.id());
        Map<StaffId, String> names = new HashMap<>();
        model.addAttribute("client", client);
        model.addAttribute("placements", all);
        model.addAttribute("names", all.stream().map(Placement::assessedBy).distinct()
                .collect(java.util.stream.Collectors.toMap(StaffId::toString, id -> name(id, names))));
        model.addAttribute("labels", labels());
        model.addAttribute("canRecord", currentUser.require().can(Permission.CLINICAL_WRITE)
                || currentUser.require().can(Permission.INTAKE));
        return htmx != null && historyRestore == null ? "intake/placements :: content" : "intake/placements";
    }

    @GetMapping("/clients/{clientId}/placement/new")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'INTAKE')")
    String entry(@PathVariable UUID clientId, @RequestParam(required = false) @Nullable String framework,
            Model model) {
        ClientSummary client = open(clientId);
        PlacementFramework chosen = framework == null ? PlacementFramework.SUBSTANCE_USE : framework(framework);
        return form(model, client, chosen, PlacementForm.blank(chosen.key(), LocalDate.now(clock)), Map.of(), null);
    }

    /** The recommendation for the ratings so far: a fragment for htmx, the whole form again otherwise. */
    @PostMapping("/clients/{clientId}/placement/recommendation")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'INTAKE')")
    String recommendation(@PathVariable UUID clientId, @ModelAttribute("form") PlacementForm form,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        ClientSummary client = open(clientId);
        PlacementFramework framework = framework(form.framework());
        Map<String, String> errors = new LinkedHashMap<>();
        Recommendation recommendation = recommend(framework, form, errors);
        form(model, client, framework, form, htmx == null ? errors : Map.of(), recommendation);
        model.addAttribute("recommendationErrors", errors);
        return htmx != null ? "intake/placement-form :: recommendation" : "intake/placement-form";
    }

    @PostMapping("/clients/{clientId}/placements")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'INTAKE')")
    String record(@PathVariable UUID clientId, @Valid @ModelAttribute("form") PlacementForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ClientSummary client = open(clientId);
        PlacementFramework framework = framework(binding.hasFieldErrors("framework") ? "" : form.framework());
        Map<String, String> errors = FormErrors.of(binding, PlacementPages::wrongForm);
        if (form.submission() == null) {
            errors.putIfAbsent("form", "This form has lost its submission id; open it again.");
        }
        Candidacy candidacy = form.candidacy(errors);
        LevelOfCare provided = form.providedLevel() == null || form.providedLevel().isBlank() ? null
                : LevelOfCare.fromCode(form.providedLevel()).orElse(null);
        if (provided == null) {
            errors.putIfAbsent("providedLevel", "Choose the level the client will receive.");
        }
        Recommendation recommendation = recommend(framework, form, new LinkedHashMap<>());
        if (errors.isEmpty()) {
            try {
                placements.record(client.id(), new NewPlacement(new PlacementId(form.submission()), framework,
                        form.ratingValues(framework.dimensionKeys()),
                        form.justificationTexts(framework.dimensionKeys()), candidacy, provided, form.reason(),
                        form.assessedOn(), form.reassessOn()));
                redirect.addFlashAttribute("notice", "placementPage.saved");
                return currentUser.require().can(Permission.CLINICAL_READ)
                        ? "redirect:/clients/" + clientId + "/placements" : "redirect:/clients/" + clientId;
            } catch (InvalidRequestException e) {
                e.fieldErrors().forEach(errors::putIfAbsent);
                if (e.fieldErrors().isEmpty()) {
                    errors.putIfAbsent("form", e.getMessage());
                }
            }
        } else {
            // Say everything at once: the rule's own checks of the ratings, justifications and dates too.
            // (PlacementAssessment is the plain rule check: it stores nothing.)
            try {
                PlacementAssessment.of(tables.rule(framework), new NewPlacement(null, framework,
                        form.ratingValues(framework.dimensionKeys()),
                        form.justificationTexts(framework.dimensionKeys()),
                        candidacy == null ? Candidacy.iopCandidate() : candidacy,
                        provided == null ? LevelOfCare.L2_1 : provided, form.reason() == null ? "-" : form.reason(),
                        form.assessedOn(), form.reassessOn()), LocalDate.now(clock));
            } catch (InvalidRequestException e) {
                e.fieldErrors().forEach(errors::putIfAbsent);
            }
        }
        errors.forEach((field, message) -> {
            if (!binding.hasFieldErrors(field)) {
                binding.addError(new FieldError("form", field, message));
            }
        });
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, client, framework, form, errors, recommendation);
    }

    private @Nullable Recommendation recommend(PlacementFramework framework, PlacementForm form,
            Map<String, String> errors) {
        Candidacy candidacy = form.candidacy(errors);
        if (candidacy == null) {
            return null;
        }
        try {
            return placements.recommend(framework, form.ratingValues(framework.dimensionKeys()), candidacy);
        } catch (InvalidRequestException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
            return null;
        }
    }

    private String form(Model model, ClientSummary client, PlacementFramework framework, PlacementForm form,
            Map<String, String> errors, @Nullable Recommendation recommendation) {
        model.addAttribute("client", client);
        model.addAttribute("framework", framework);
        model.addAttribute("frameworks", Arrays.asList(PlacementFramework.values()));
        model.addAttribute("dimensions", tables.rule(framework).table().dimensions());
        model.addAttribute("candidacyKeys", Candidacy.KEYS);
        model.addAttribute("levels", Arrays.asList(LevelOfCare.values()));
        model.addAttribute("entry", form);
        model.addAttribute("errors", errors);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("labels", labels());
        model.addAttribute("today", LocalDate.now(clock));
        return "intake/placement-form";
    }

    /** Dimension keys to the labels of the rule tables in use, for both frameworks. */
    private Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        for (PlacementFramework framework : PlacementFramework.values()) {
            for (DimensionRule dimension : tables.rule(framework).table().dimensions()) {
                labels.put(dimension.key(), dimension.label());
            }
        }
        return labels;
    }

    private static PlacementFramework framework(@Nullable String key) {
        return PlacementFramework.fromKey(key == null ? "" : key).orElseThrow(() -> new InvalidRequestException(
                "The framework must be one of " + PlacementFramework.keys() + "."));
    }

    private static String wrongForm(String field) {
        return switch (field) {
            case "assessedOn", "reassessOn" -> "Enter the date as yyyy-mm-dd.";
            default -> FormErrors.WRONG_FORM;
        };
    }

    private ClientSummary open(UUID clientId) {
        ClientId id = new ClientId(clientId);
        chartAccess.require(id);
        return clients.find(id).orElseThrow(() -> new NotFoundException("There is no client with id " + id + "."));
    }

    private String name(StaffId id, Map<StaffId, String> names) {
        return names.computeIfAbsent(id, key -> staff.byId(key).map(StaffMember::displayName).orElse(key.toString()));
    }

}
