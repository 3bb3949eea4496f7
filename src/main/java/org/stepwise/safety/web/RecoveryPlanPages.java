package org.stepwise.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.safety.RecoveryPlanKind;
import org.stepwise.shared.ClientId;

/**
 * The pages of a client's safety plan and relapse prevention plan: the chart's section, the plan with its signatures,
 * editing, any version and its PDF. The two kinds have the same pages under their own paths; each route here only
 * names its kind, {@link RecoveryPlanScreens} does the work.
 */
@Controller
class RecoveryPlanPages {

    private static final RecoveryPlanKind SAFETY = RecoveryPlanKind.SAFETY;
    private static final RecoveryPlanKind RELAPSE = RecoveryPlanKind.RELAPSE_PREVENTION;

    private final RecoveryPlanScreens screens;

    RecoveryPlanPages(RecoveryPlanScreens screens) {
        this.screens = screens;
    }

    // ----- safety plan

    @GetMapping("/clients/{clientId}/safety-plan")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String safetyPlan(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        return screens.plan(SAFETY, new ClientId(clientId), htmx != null, model);
    }

    @GetMapping("/clients/{clientId}/safety-plan/edit")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String editSafetyPlan(@PathVariable UUID clientId, Model model) {
        return screens.edit(SAFETY, new ClientId(clientId), model);
    }

    @PostMapping("/clients/{clientId}/safety-plan")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String saveSafetyPlan(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return screens.save(SAFETY, new ClientId(clientId), form, model, response, redirect);
    }

    @PostMapping("/clients/{clientId}/safety-plan/signatures")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String signSafetyPlan(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return screens.sign(SAFETY, new ClientId(clientId), form, model, response, redirect);
    }

    @GetMapping("/clients/{clientId}/safety-plan/versions/{number}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String safetyPlanVersion(@PathVariable UUID clientId, @PathVariable int number, Model model) {
        return screens.version(SAFETY, new ClientId(clientId), number, model);
    }

    @GetMapping("/clients/{clientId}/safety-plan/versions/{number}/pdf")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ResponseEntity<byte[]> safetyPlanPdf(@PathVariable UUID clientId, @PathVariable int number) {
        return screens.pdf(SAFETY, new ClientId(clientId), number);
    }

    // ----- relapse prevention plan

    @GetMapping("/clients/{clientId}/relapse-plan")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String relapsePlan(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        return screens.plan(RELAPSE, new ClientId(clientId), htmx != null, model);
    }

    @GetMapping("/clients/{clientId}/relapse-plan/edit")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String editRelapsePlan(@PathVariable UUID clientId, Model model) {
        return screens.edit(RELAPSE, new ClientId(clientId), model);
    }

    @PostMapping("/clients/{clientId}/relapse-plan")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String saveRelapsePlan(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return screens.save(RELAPSE, new ClientId(clientId), form, model, response, redirect);
    }

    @PostMapping("/clients/{clientId}/relapse-plan/signatures")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String signRelapsePlan(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return screens.sign(RELAPSE, new ClientId(clientId), form, model, response, redirect);
    }

    @GetMapping("/clients/{clientId}/relapse-plan/versions/{number}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String relapsePlanVersion(@PathVariable UUID clientId, @PathVariable int number, Model model) {
        return screens.version(RELAPSE, new ClientId(clientId), number, model);
    }

    @GetMapping("/clients/{clientId}/relapse-plan/versions/{number}/pdf")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ResponseEntity<byte[]> relapsePlanPdf(@PathVariable UUID clientId, @PathVariable int number) {
        return screens.pdf(RELAPSE, new ClientId(clientId), number);
    }
}
