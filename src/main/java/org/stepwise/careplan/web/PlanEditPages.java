package org.stepwise.careplan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.careplan.PlanConflictException;
import org.stepwise.careplan.PlanVersion;
import org.stepwise.careplan.TreatmentPlan;
import org.stepwise.careplan.TreatmentPlans;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/**
 * Editing a plan: problems, goals, objectives and interventions, and the services. Saved under the plan's optimistic
 * lock: when someone else saved first, the form comes back (409) with the editor's own text as typed and, beside it,
 * what the other person saved, so that nothing is lost and nothing is overwritten unseen.
 */
@Controller
class PlanEditPages {

    private final TreatmentPlans plans;
    private final PlanPageSupport support;

    PlanEditPages(TreatmentPlans plans, PlanPageSupport support) {
        this.plans = plans;
        this.support = support;
    }

    @GetMapping("/clients/{clientId}/plan/edit")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String edit(@PathVariable UUID clientId, Model model) {
        ClientId client = new ClientId(clientId);
        Optional<TreatmentPlan> plan = plans.find(support.episode(client));
        PlanForm form = plan.flatMap(p -> p.latest().map(v -> PlanForm.of(v.content(), p.version())))
                .orElseGet(() -> new PlanForm(plan.map(p -> String.valueOf(p.version())).orElse(null), "", "", "",
                        List.of()));
        return page(model, client, plan.orElse(null), form, Map.of(), null);
    }

    @PostMapping("/clients/{clientId}/plan")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String save(@PathVariable UUID clientId, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        EpisodeId episode = support.episode(client);
        PlanForm form = PlanForm.parse(params).compact();
        PlanForm.Read read = form.read();
        if (read.content() == null) {
            response.setStatus(422);
            return page(model, client, plans.find(episode).orElse(null), form, read.errors(), null);
        }
        try {
            TreatmentPlans.Saved saved = plans.save(episode, form.lockVersion(), read.content());
            redirect.addFlashAttribute("notice", saved.changed() ? "careplan.notice.saved" : "careplan.notice.unchanged");
            return "redirect:/clients/" + clientId + "/plan";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return page(model, client, plans.find(episode).orElse(null), form, FormErrors.of(e), null);
        } catch (PlanConflictException e) {
            response.setStatus(409);
            TreatmentPlan current = e.current();
            // The editor's own text stays on the form; the hidden version becomes the current one, so that saving
            // again (after comparing with theirs) is a deliberate choice.
            return page(model, client, current, form.withVersion(current.version()),
                    Map.of("form", e.getMessage()), current.latest().orElse(null));
        }
    }

    private String page(Model model, ClientId client, @Nullable TreatmentPlan plan, PlanForm form,
            Map<String, String> errors, @Nullable PlanVersion theirs) {
        support.common(model, client, plan);
        support.choices(model);
        model.addAttribute("form", form.withBlankRows());
        model.addAttribute("errors", errors);
        model.addAttribute("theirs", theirs);
        return "careplan/edit";
    }
}
