package org.stepwise.careplan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.stepwise.careplan.NewSignature;
import org.stepwise.careplan.PlanSignatures;
import org.stepwise.careplan.PlanVersion;
import org.stepwise.careplan.TreatmentPlan;
import org.stepwise.careplan.TreatmentPlans;
import org.stepwise.careplan.rules.PlanDiff;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/**
 * A client's treatment plan: the chart's section, the plan page with its signatures, the first draft, any version,
 * two versions compared, and a version as PDF.
 */
@Controller
class PlanPages {

    private final TreatmentPlans plans;
    private final PlanSignatures signatures;
    private final PlanPrints prints;
    private final PlanPageSupport support;

    PlanPages(TreatmentPlans plans, PlanSignatures signatures, PlanPrints prints, PlanPageSupport support) {
        this.plans = plans;
        this.signatures = signatures;
        this.prints = prints;
        this.support = support;
    }

    /** The plan page; with {@code HX-Request} only the section the chart shows. */
    @GetMapping("/clients/{clientId}/plan")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String plan(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        ClientId client = new ClientId(clientId);
        page(model, client, support.episode(client));
        return htmx != null ? "careplan/plan :: panel" : "careplan/plan";
    }

    @PostMapping("/clients/{clientId}/plan/draft")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String draft(@PathVariable UUID clientId, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        TreatmentPlans.Saved drafted = plans.draft(support.episode(client));
        redirect.addFlashAttribute("notice", drafted.changed() ? "careplan.notice.drafted" : "careplan.notice.exists");
        return "redirect:/clients/" + clientId + "/plan/edit";
    }

    @PostMapping("/clients/{clientId}/plan/signatures")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String sign(@PathVariable UUID clientId, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        EpisodeId episode = support.episode(client);
        Integer number = null;
        try {
            number = form.get("versionNumber") == null ? null : Integer.valueOf(form.get("versionNumber").strip());
        } catch (NumberFormatException e) {
            // reported by the service as a missing version
        }
        try {
            signatures.sign(episode, new NewSignature(form.get("role"), number, form.get("contentHash"),
                    form.get("signerName"), form.get("signedOn")));
            redirect.addFlashAttribute("notice", "careplan.notice.signed");
            return "redirect:/clients/" + clientId + "/plan";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            model.addAttribute("errors", FormErrors.of(e));
        } catch (ConflictException e) {
            response.setStatus(409);
            model.addAttribute("errors", Map.of("form", e.getMessage()));
        }
        model.addAttribute("signing", form);
        page(model, client, episode);
        return "careplan/plan";
    }

    @GetMapping("/clients/{clientId}/plan/versions/{number}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String version(@PathVariable UUID clientId, @PathVariable int number, Model model) {
        ClientId client = new ClientId(clientId);
        TreatmentPlan plan = plans.get(support.episode(client));
        PlanVersion version = plan.requireVersion(number);
        support.common(model, client, plan);
        model.addAttribute("version", version);
        return "careplan/version";
    }

    @GetMapping("/clients/{clientId}/plan/compare")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String compare(@PathVariable UUID clientId, @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to, Model model) {
        ClientId client = new ClientId(clientId);
        TreatmentPlan plan = plans.get(support.episode(client));
        PlanVersion later = to == null ? plan.latest().orElseThrow(() -> new NotFoundException("The plan has no "
                + "versions yet.")) : plan.requireVersion(to);
        PlanVersion earlier = plan.requireVersion(from == null ? Math.max(1, later.number() - 1) : from);
        support.common(model, client, plan);
        model.addAttribute("from", earlier);
        model.addAttribute("to", later);
        model.addAttribute("differences", PlanDiff.between(earlier.content(), later.content()));
        return "careplan/compare";
    }

    @GetMapping("/clients/{clientId}/plan/versions/{number}/pdf")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ResponseEntity<byte[]> pdf(@PathVariable UUID clientId, @PathVariable int number) {
        ClientId client = new ClientId(clientId);
        return prints.print(client, support.episode(client), number).asDownload();
    }

    private void page(Model model, ClientId client, EpisodeId episode) {
        Optional<TreatmentPlan> plan = plans.find(episode);
        support.common(model, client, plan.orElse(null));
        model.addAttribute("latest", plan.flatMap(TreatmentPlan::latest).orElse(null));
        model.addAttribute("inEffect", plan.flatMap(TreatmentPlan::inEffect).orElse(null));
        model.addAttribute("versionsNewestFirst", plan.map(p -> p.versions().reversed()).orElse(List.of()));
        if (!model.containsAttribute("signing")) {
            model.addAttribute("signing", Map.of());
        }
    }
}
