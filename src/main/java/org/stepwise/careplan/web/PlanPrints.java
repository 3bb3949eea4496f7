package org.stepwise.careplan.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stepwise.careplan.PlanVersion;
import org.stepwise.careplan.TreatmentPlan;
import org.stepwise.careplan.TreatmentPlans;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.printing.ClinicalPrints;
import org.stepwise.printing.Pdf;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/** A version of a plan as PDF, with the Part 2 redisclosure notice when the plan is a substance use treatment record. */
@Component
class PlanPrints {

    private final TreatmentPlans plans;
    private final ClinicalPrints prints;
    private final ClientRegistry registry;

    PlanPrints(TreatmentPlans plans, ClinicalPrints prints, ClientRegistry registry) {
        this.plans = plans;
        this.prints = prints;
        this.registry = registry;
    }

    Pdf print(ClientId client, EpisodeId episode, int number) {
        TreatmentPlan plan = plans.get(episode);
        PlanVersion version = plan.requireVersion(number);
        ClientSummary summary = registry.find(client).orElseThrow(() -> new NotFoundException("No such client."));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("summary", summary);
        model.put("plan", plan);
        model.put("version", version);
        model.put("content", version.content());
        return prints.print(new ClinicalPrints.PrintRequest(client, "print/careplan", model,
                "treatment-plan-" + summary.recordNumber() + "-v" + number + ".pdf", "treatment plan",
                "version " + number + ", sha256 " + version.contentHash(), plan.part2()));
    }
}
