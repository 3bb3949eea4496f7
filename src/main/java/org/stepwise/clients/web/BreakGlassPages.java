package org.stepwise.clients.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ChartDecision;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.clients.internal.BreakGlass;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/** Break-glass: the reason form for a chart outside one's care team, and the director's review list. */
@Controller
class BreakGlassPages extends ClientPageSupport {

    private final ClientRegistry registry;
    private final ChartAccess chartAccess;
    private final BreakGlass breakGlass;
    private final Clock clock;

    BreakGlassPages(ClientRegistry registry, ChartAccess chartAccess, BreakGlass breakGlass, Clock clock) {
        this.registry = registry;
        this.chartAccess = chartAccess;
        this.breakGlass = breakGlass;
        this.clock = clock;
    }

    @GetMapping("/clients/{id}/break-glass")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    String reasonForm(@PathVariable UUID id, Model model) {
        ChartDecision decision = chartAccess.decide(new ClientId(id));
        if (decision == ChartDecision.NOT_FOUND) {
            throw new NotFoundException("There is no client with id " + id + ".");
        }
        if (decision.allowed()) {
            return "redirect:/clients/" + id;
        }
        return page(model, summary(registry, id), "", new LinkedHashMap<>());
    }

    @PostMapping("/clients/{id}/break-glass")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    String grant(@PathVariable UUID id, @Valid @ModelAttribute("form") ReasonForm form, BindingResult binding,
            Model model, HttpServletResponse response) {
        ClientSummary summary = summary(registry, id);
        Map<String, String> errors = FormErrors.of(binding);
        if (errors.isEmpty()) {
            try {
                breakGlass.grant(new ClientId(id), form.reason());
                return "redirect:/clients/" + id;
            } catch (InvalidRequestException e) {
                FormErrors.merge(errors, e.fieldErrors());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(model, summary, form.reason(), errors);
    }

    @GetMapping("/clients/break-glass")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String review(Model model) {
        model.addAttribute("entries", breakGlass.toReview());
        model.addAttribute("zone", clock.getZone());
        return "clients/break-glass-review";
    }

    @PostMapping("/clients/break-glass/{accessId}/review")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String markReviewed(@PathVariable UUID accessId, RedirectAttributes redirect) {
        breakGlass.markReviewed(accessId);
        redirect.addFlashAttribute("notice", "clients.breakGlass.review.done");
        return "redirect:/clients/break-glass";
    }

    private static String page(Model model, ClientSummary summary, @org.jspecify.annotations.Nullable String reason,
            Map<String, String> errors) {
        model.addAttribute("summary", summary);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "clients/break-glass";
    }
}
