package org.stepwise.safety.web;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.safety.ClientScreens;
import org.stepwise.safety.DrugScreens;
import org.stepwise.safety.NewDrugScreen;
import org.stepwise.safety.rules.ScreenInterpretation;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/** A client's drug screens (the chart's section, recording one, the prescriptions) and the screens due today. */
@Controller
class DrugScreenPages {

    private final DrugScreens screens;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;
    private final Clock clock;

    DrugScreenPages(DrugScreens screens, ClientRegistry registry, CurrentUser currentUser, Clock clock) {
        this.screens = screens;
        this.registry = registry;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/clients/{clientId}/drug-screens")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String forClient(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        page(new ClientId(clientId), blankForm(), Map.of(), model);
        return htmx != null ? "safety/drug-screens :: panel" : "safety/drug-screens";
    }

    @PostMapping("/clients/{clientId}/drug-screens")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String record(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        Map<String, String> results = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("result.")) {
                results.put(key.substring("result.".length()), value);
            }
        });
        try {
            UUID id = form.get("screenId") == null || form.get("screenId").isBlank() ? null
                    : UUID.fromString(form.get("screenId").strip());
            String observed = form.get("observed");
            screens.record(client, new NewDrugScreen(id, form.get("collectedOn"),
                    observed == null ? null : Boolean.valueOf(observed.equals("true")), results));
            redirect.addFlashAttribute("notice", "safety.screen.notice.recorded");
            return "redirect:/clients/" + clientId + "/drug-screens";
        } catch (IllegalArgumentException e) {
            return again(client, form, Map.of("screenId", "This form's screen id is not valid; open the form again."),
                    422, model, response);
        } catch (InvalidRequestException e) {
            return again(client, form, FormErrors.of(e), 422, model, response);
        } catch (ConflictException e) {
            return again(client, form, Map.of("form", e.getMessage()), 409, model, response);
        }
    }

    @PostMapping("/clients/{clientId}/prescribed-substances")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String prescribe(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        try {
            screens.prescribe(client, form.get("substance"), form.get("medication"));
            redirect.addFlashAttribute("notice", "safety.screen.notice.prescribed");
            return "redirect:/clients/" + clientId + "/drug-screens";
        } catch (InvalidRequestException e) {
            return again(client, form, FormErrors.of(e), 422, model, response);
        } catch (ConflictException e) {
            return again(client, form, Map.of("form", e.getMessage()), 409, model, response);
        }
    }

    @PostMapping("/clients/{clientId}/prescribed-substances/{prescriptionId}/stop")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String stop(@PathVariable UUID clientId, @PathVariable UUID prescriptionId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        try {
            screens.stopPrescription(client, prescriptionId);
            redirect.addFlashAttribute("notice", "safety.screen.notice.stopped");
            return "redirect:/clients/" + clientId + "/drug-screens";
        } catch (ConflictException e) {
            return again(client, Map.of(), Map.of("form", e.getMessage()), 409, model, response);
        }
    }

    @GetMapping("/drug-screens/due")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String due(Model model) {
        model.addAttribute("due", screens.dueToday());
        model.addAttribute("everyone", currentUser.require().can(Permission.PROGRAM_OVERSIGHT));
        model.addAttribute("today", LocalDate.now(clock));
        return "safety/screens-due";
    }

    private String again(ClientId client, Map<String, String> form, Map<String, String> errors, int status,
            Model model, HttpServletResponse response) {
        response.setStatus(status);
        Map<String, String> kept = new LinkedHashMap<>(blankForm());
        kept.putAll(form);
        page(client, kept, errors, model);
        return "safety/drug-screens";
    }

    private void page(ClientId client, Map<String, String> form, Map<String, String> errors, Model model) {
        ClientScreens shown = screens.view(client);
        model.addAttribute("summary", registry.find(client).orElseThrow(() -> new NotFoundException(
                "There is no client with id " + client + ".")));
        model.addAttribute("clientId", client.value());
        model.addAttribute("s", shown);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("results", ScreenInterpretation.Result.values());
        model.addAttribute("canWrite", currentUser.require().can(Permission.CLINICAL_WRITE));
    }

    private Map<String, String> blankForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("screenId", UUID.randomUUID().toString());
        form.put("collectedOn", LocalDate.now(clock).toString());
        return form;
    }
}
