package org.stepwise.measures.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.measures.MeasureAdministration;
import org.stepwise.measures.MeasureAdministrationId;
import org.stepwise.measures.MeasureHistory;
import org.stepwise.measures.MeasureOptions;
import org.stepwise.measures.MeasureRecording;
import org.stepwise.measures.SafetyFlags;
import org.stepwise.measures.internal.InstrumentCatalogue;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Screening on the chart: a client's administrations, the entry form of an instrument, and the result of one. Every
 * page goes through the care-team rule ({@link ChartAccess}) and is audited.
 */
@Controller
class MeasurePages {

    private final MeasureRecording recording;
    private final MeasureHistory history;
    private final InstrumentCatalogue catalogue;
    private final ChartAccess chartAccess;
    private final ClientRegistry clients;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeasurePages(MeasureRecording recording, MeasureHistory history, InstrumentCatalogue catalogue,
            ChartAccess chartAccess, ClientRegistry clients, StaffDirectory staff, CurrentUser currentUser,
            Clock clock) {
        this.recording = recording;
        this.history = history;
        this.catalogue = catalogue;
        this.chartAccess = chartAccess;
        this.clients = clients;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }


    /** The client's administrations, newest first; a fragment for the chart's section under htmx. */
    @GetMapping("/clients/{clientId}/measures")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String list(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        ClientSummary client = open(clientId);
        List<MeasureAdministration> administrations = history.view(client.id());
        Map<StaffId, String> names = new HashMap<>();
        model.addAttribute("client", client);
        model.addAttribute("administrations", administrations);
        model.addAttribute("names", administrations.stream().map(MeasureAdministration::enteredBy).distinct()
                .collect(java.util.stream.Collectors.toMap(id -> id.toString(), id -> name(id, names))));
        model.addAttribute("instruments", catalogue.all().stream().map(Instrument::definition).toList());
        model.addAttribute("canRecord", mayRecord(currentUser.require()));
        return htmx != null && historyRestore == null ? "measures/list :: content" : "measures/list";
    }

    @GetMapping("/clients/{clientId}/measures/new")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'INTAKE')")
    String entry(@PathVariable UUID clientId, @RequestParam String instrument, Model model) {
        ClientSummary client = open(clientId);
        Instrument chosen = catalogue.require(instrument);
        return form(model, client, chosen, MeasureEntryForm.blank(chosen.code(), LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/clients/{clientId}/measures")
    @PreAuthorize("hasAnyAuthority('CLINICAL_WRITE', 'INTAKE')")
    String record(@PathVariable UUID clientId, @Valid @ModelAttribute("form") MeasureEntryForm form,
            BindingResult binding, Model model, HttpServletResponse response) {
        ClientSummary client = open(clientId);
        Instrument instrument = catalogue.require(binding.hasFieldErrors("instrument") || form.instrument() == null
                ? "" : form.instrument());
        if (form.submission() == null && !binding.hasFieldErrors("submission")) {
            binding.addError(new FieldError("form", "submission", "This form has lost its submission id; open it "
                    + "again."));
        }
        if (!binding.hasErrors()) {
            try {
                MeasureAdministration stored = recording.record(new MeasureAdministrationId(form.submission()),
                        client.id(), instrument.code(), form.values(instrument.definition().itemCount()),
                        new MeasureOptions(form.sexOrNull(), form.recent()), form.administeredOn());
                return "redirect:/clients/" + clientId + "/measures/" + stored.id();
            } catch (InvalidRequestException e) {
                e.fieldErrors().forEach((field, message) -> binding.addError(new FieldError("form", field, message)));
                if (e.fieldErrors().isEmpty()) {
                    binding.reject("invalid", e.getMessage());
                }
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, client, instrument, form, FormErrors.of(binding, MeasurePages::wrongForm));
    }

    /**
     * The result of one administration. Intake coordinators, who screen at intake but do not read clinical records,
     * see only the results they entered.
     */
    @GetMapping("/clients/{clientId}/measures/{administrationId}")
    @PreAuthorize("hasAnyAuthority('CLINICAL_READ', 'INTAKE')")
    String result(@PathVariable UUID clientId, @PathVariable UUID administrationId, Model model) {
        ClientSummary client = open(clientId);
        StepwiseUser user = currentUser.require();
        MeasureAdministration administration = history.viewOne(client.id(),
                new MeasureAdministrationId(administrationId));
        if (!user.can(Permission.CLINICAL_READ) && !administration.enteredBy().equals(user.staffId())) {
            throw new AccessDeniedException("Only clinical staff read results entered by others.");
        }
        model.addAttribute("client", client);
        model.addAttribute("a", administration);
        model.addAttribute("definition", catalogue.find(administration.instrument()).map(Instrument::definition)
                .orElse(null));
        model.addAttribute("enteredBy", name(administration.enteredBy(), new HashMap<>()));
        model.addAttribute("safety", SafetyFlags.anyIn(administration.flags()));
        model.addAttribute("canReadHistory", user.can(Permission.CLINICAL_READ));
        return "measures/result";
    }

    private String form(Model model, ClientSummary client, Instrument instrument, MeasureEntryForm form,
            Map<String, String> errors) {
        model.addAttribute("client", client);
        model.addAttribute("definition", instrument.definition());
        model.addAttribute("needsSex", instrument.needsSex());
        model.addAttribute("needsRecentBehavior", "cssrs-screener".equals(instrument.definition().rule()));
        model.addAttribute("entry", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        return "measures/form";
    }

    /** The client, after the care-team rule let the user in. */
    private ClientSummary open(UUID clientId) {
        ClientId id = new ClientId(clientId);
        chartAccess.require(id);
        return clients.find(id).orElseThrow(() -> new NotFoundException("There is no client with id " + id + "."));
    }

    private String name(StaffId id, Map<StaffId, String> names) {
        return names.computeIfAbsent(id, key -> staff.byId(key).map(StaffMember::displayName).orElse(key.toString()));
    }

    private static String wrongForm(String field) {
        return switch (field) {
            case "administeredOn" -> "Enter the day it was administered as yyyy-mm-dd.";
            case "submission" -> "This form has lost its submission id; open it again.";
            default -> FormErrors.WRONG_FORM;
        };
    }

    private static boolean mayRecord(StepwiseUser user) {
        return user.can(Permission.CLINICAL_WRITE) || user.can(Permission.INTAKE);
    }
}
