package org.stepwise.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.stepwise.safety.HomeAssessment;
import org.stepwise.safety.HomeAssessments;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/** The home environment on the chart: the latest assessment, its history and the form for a new one. */
@Controller
class HomeAssessmentPages {

    private final HomeAssessments assessments;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;

    HomeAssessmentPages(HomeAssessments assessments, ClientRegistry registry, CurrentUser currentUser) {
        this.assessments = assessments;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    @GetMapping("/clients/{clientId}/home-environment")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String forClient(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        page(new ClientId(clientId), Map.of("assessmentId", UUID.randomUUID().toString()), Map.of(), model);
        return htmx != null ? "safety/home :: panel" : "safety/home";
    }

    @PostMapping("/clients/{clientId}/home-environment")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String assess(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        Map<String, String> errors;
        int status;
        try {
            String typedId = form.get("assessmentId");
            UUID id = typedId == null || typedId.isBlank() ? null : UUID.fromString(typedId.strip());
            String supports = form.get("supportsRecovery");
            assessments.assess(client, id, supports == null ? null : Boolean.valueOf(supports.equals("true")),
                    form.get("summary"), form.get("assessedOn"));
            redirect.addFlashAttribute("notice", "safety.home.notice.saved");
            return "redirect:/clients/" + clientId + "/home-environment";
        } catch (IllegalArgumentException e) {
            errors = Map.of("assessmentId", "This form's id is not valid; open the form again.");
            status = 422;
        } catch (InvalidRequestException e) {
            errors = FormErrors.of(e);
            status = 422;
        } catch (ConflictException e) {
            errors = Map.of("form", e.getMessage());
            status = 409;
        }
        response.setStatus(status);
        page(client, form, errors, model);
        return "safety/home";
    }

    private void page(ClientId client, Map<String, String> form, Map<String, String> errors, Model model) {
        List<HomeAssessment> all = assessments.view(client);
        model.addAttribute("summary", registry.find(client).orElseThrow(() -> new NotFoundException(
                "There is no client with id " + client + ".")));
        model.addAttribute("clientId", client.value());
        model.addAttribute("latest", all.isEmpty() ? null : all.getFirst());
        model.addAttribute("history", all);
        model.addAttribute("form", new LinkedHashMap<>(form));
        model.addAttribute("errors", errors);
        model.addAttribute("canWrite", currentUser.require().can(Permission.CLINICAL_WRITE));
    }
}
