package org.stepwise.discharge.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stepwise.discharge.DischargeSummaries;
import org.stepwise.shared.ClientId;

/** The chart's "Discharge summary" section: each discharge's summary, its status, the page and the PDF. */
@Controller
class SummaryPanel {

    private final DischargeSummaries summaries;

    SummaryPanel(DischargeSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/clients/{clientId}/discharge-summaries")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String panel(@PathVariable UUID clientId, Model model) {
        ClientId client = new ClientId(clientId);
        model.addAttribute("clientId", clientId);
        model.addAttribute("summaries", summaries.ofClient(client));
        return "discharge/panel :: panel";
    }
}
