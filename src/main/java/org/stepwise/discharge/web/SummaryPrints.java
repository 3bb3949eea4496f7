package org.stepwise.discharge.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.discharge.DischargeSummaries;
import org.stepwise.discharge.DischargeSummary;
import org.stepwise.discharge.SummarySection;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.printing.ClinicalPrints;
import org.stepwise.printing.Pdf;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/** The summary as PDF (audited as a print), with the Part 2 redisclosure notice when the episode is a Part 2 record. */
@Component
class SummaryPrints {

    private final DischargeSummaries summaries;
    private final ClinicalPrints prints;
    private final ClientRegistry registry;

    SummaryPrints(DischargeSummaries summaries, ClinicalPrints prints, ClientRegistry registry) {
        this.summaries = summaries;
        this.prints = prints;
        this.registry = registry;
    }

    Pdf print(ClientId client, EpisodeId episode) {
        DischargeSummary summary = summaries.get(episode);
        ClientSummary person = registry.find(client).orElseThrow(() -> new NotFoundException("No such client."));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("summary", person);
        model.put("discharge", summary);
        model.put("figures", summary.content().figures());
        model.put("sections", SummarySection.values());
        return prints.print(new ClinicalPrints.PrintRequest(client, "print/discharge-summary", model,
                "discharge-summary-" + person.recordNumber() + ".pdf", "discharge summary",
                summary.status().name().toLowerCase(java.util.Locale.ROOT) + ", sha256 " + summary.contentHash(),
                summary.part2()));
    }
}
