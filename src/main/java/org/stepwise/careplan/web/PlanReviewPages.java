package org.stepwise.careplan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.careplan.NewReview;
import org.stepwise.careplan.PlanConflictException;
import org.stepwise.careplan.PlanContent;
import org.stepwise.careplan.PlanReviews;
import org.stepwise.careplan.PlanVersion;
import org.stepwise.careplan.TreatmentPlan;
import org.stepwise.careplan.TreatmentPlans;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.web.FormErrors;

/** The review form: progress and a comment per active objective, revised wording or dates, a summary. */
@Controller
class PlanReviewPages {

    private final TreatmentPlans plans;
    private final PlanReviews reviews;
    private final PlanPageSupport support;

    PlanReviewPages(TreatmentPlans plans, PlanReviews reviews, PlanPageSupport support) {
        this.plans = plans;
        this.reviews = reviews;
        this.support = support;
    }

    /** One objective's line of the review form, as typed. */
    record Entry(String objectiveId, String objective, String progress, String comment, String text, String targetDate) {}

    @GetMapping("/clients/{clientId}/plan/review")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String form(@PathVariable UUID clientId, Model model) {
        ClientId client = new ClientId(clientId);
        TreatmentPlan plan = plans.get(support.episode(client));
        PlanVersion latest = plan.latest().orElseThrow(() -> new NotFoundException("The plan has no version yet."));
        List<Entry> entries = latest.content().objectives().filter(PlanContent.Objective::active)
                .map(o -> new Entry(String.valueOf(o.id()), o.text(), o.progress().name(), "", o.text(),
                        o.targetDate().toString()))
                .toList();
        return page(model, client, plan, UUID.randomUUID().toString(), String.valueOf(plan.version()),
                support.today().toString(), "", entries, Map.of());
    }

    @PostMapping("/clients/{clientId}/plan/reviews")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String review(@PathVariable UUID clientId, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        EpisodeId episode = support.episode(client);
        List<Entry> entries = entries(params);
        UUID id = uuid(params.get("id"));
        Integer planVersion = number(params.get("planVersion"));
        try {
            PlanReviews.Reviewed reviewed = reviews.review(episode, new NewReview(id, planVersion,
                    params.get("reviewedOn"), params.get("summary"), entries.stream()
                            .map(e -> new NewReview.ObjectiveUpdate(uuid(e.objectiveId()), e.progress(), e.comment(),
                                    e.text(), e.targetDate()))
                            .toList()));
            redirect.addFlashAttribute("notice", reviewed.isNew() ? "careplan.notice.reviewed"
                    : "careplan.notice.reviewedBefore");
            return "redirect:/clients/" + clientId + "/plan";
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return page(model, client, plans.get(episode), params.getOrDefault("id", ""),
                    params.getOrDefault("planVersion", ""), params.getOrDefault("reviewedOn", ""),
                    params.getOrDefault("summary", ""), entries, FormErrors.of(e));
        } catch (PlanConflictException e) {
            response.setStatus(409);
            return page(model, client, e.current(), params.getOrDefault("id", ""),
                    String.valueOf(e.current().version()), params.getOrDefault("reviewedOn", ""),
                    params.getOrDefault("summary", ""), entries, Map.of("form", e.getMessage()));
        }
    }

    private String page(Model model, ClientId client, TreatmentPlan plan, String id, String planVersion,
            String reviewedOn, String summary, List<Entry> entries, Map<String, String> errors) {
        support.common(model, client, plan);
        support.choices(model);
        model.addAttribute("reviewId", id);
        model.addAttribute("planVersion", planVersion);
        model.addAttribute("reviewedOn", reviewedOn);
        model.addAttribute("summaryText", summary);
        model.addAttribute("entries", entries);
        model.addAttribute("errors", errors);
        model.addAttribute("latest", plan.latest().orElse(null));
        return "careplan/review";
    }

    /** The entries posted as {@code progress[k].field}, in order; at most 120 are read. */
    private static List<Entry> entries(Map<String, String> params) {
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < 120 && params.containsKey("progress[" + k + "].objectiveId"); k++) {
            String at = "progress[" + k + "].";
            entries.add(new Entry(params.getOrDefault(at + "objectiveId", ""), params.getOrDefault(at + "objective", ""),
                    params.getOrDefault(at + "progress", ""), params.getOrDefault(at + "comment", ""),
                    params.getOrDefault(at + "text", ""), params.getOrDefault(at + "targetDate", "")));
        }
        return entries;
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer number(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
