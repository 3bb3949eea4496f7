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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.safety.RecoveryPlanKind;
import org.stepwise.shared.ClientId;

/**
 * The pages of a client's safety plan and relapse prevention plan: the chart's section, the plan with its signatures,
 * editing, any version and its PDF. The two kinds have the same pages under their own paths: {@link SafetyPlanPages}
 * and {@link RelapsePlanPages} only name their kind and path, {@link RecoveryPlanScreens} does the work.
 */
@Controller
abstract class RecoveryPlanPages {

    private final RecoveryPlanKind kind;
    private final RecoveryPlanScreens screens;

    RecoveryPlanPages(RecoveryPlanKind kind, RecoveryPlanScreens screens) {
        this.kind = kind;
        this.screens = screens;
    }

    @Controller
    @RequestMapping("/clients/{clientId}/safety-plan")
    static class SafetyPlanPages extends RecoveryPlanPages {

        SafetyPlanPages(RecoveryPlanScreens screens) {
            super(RecoveryPlanKind.SAFETY, screens);
        }
    }

    @Controller
    @RequestMapping("/clients/{clientId}/relapse-plan")
    static class RelapsePlanPages extends RecoveryPlanPages {

        RelapsePlanPages(RecoveryPlanScreens screens) {
            super(RecoveryPlanKind.RELAPSE_PREVENTION, screens);
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String plan(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        return screens.plan(kind, new ClientId(clientId), htmx != null, model);
    }

    @GetMapping("/edit")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String edit(@PathVariable UUID clientId, Model model) {
        return screens.edit(kind, new ClientId(clientId), model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String save(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return screens.save(kind, new ClientId(clientId), form, model, response, redirect);
    }

    @PostMapping("/signatures")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String sign(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return screens.sign(kind, new ClientId(clientId), form, model, response, redirect);
    }

    @GetMapping("/versions/{number}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String version(@PathVariable UUID clientId, @PathVariable int number, Model model) {
        return screens.version(kind, new ClientId(clientId), number, model);
    }

    @GetMapping("/versions/{number}/pdf")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ResponseEntity<byte[]> pdf(@PathVariable UUID clientId, @PathVariable int number) {
        return screens.pdf(kind, new ClientId(clientId), number);
    }
}
