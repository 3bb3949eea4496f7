package org.stepwise.measures.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.measures.MeasureTrend;
import org.stepwise.measures.MeasureTrends;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/**
 * "Scores over time" on the chart's first screen: per instrument, a line over the severity bands (inline SVG, no
 * script), the change first-to-latest and previous-to-latest, and the same data as a table for screen readers.
 */
@Controller
class TrendPages {

    /** One instrument as the page shows it. */
    record TrendView(MeasureTrend trend, TrendChart chart, String summary, @Nullable String firstToLatest,
            @Nullable String previousToLatest) {}

    private final MeasureTrends trends;
    private final ClientRegistry clients;
    private final TrendTexts texts;

    TrendPages(MeasureTrends trends, ClientRegistry clients, TrendTexts texts) {
        this.trends = trends;
        this.clients = clients;
        this.texts = texts;
    }

    @GetMapping("/clients/{clientId}/measure-trends")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String trends(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        ClientId id = new ClientId(clientId);
        List<TrendView> views = trends.viewAll(id).stream().map(this::view).toList();
        ClientSummary client = clients.find(id).orElseThrow(() -> new NotFoundException("There is no such client."));
        model.addAttribute("client", client);
        model.addAttribute("trends", views);
        return htmx != null && historyRestore == null ? "measures/trends :: content" : "measures/trends";
    }

    private TrendView view(MeasureTrend trend) {
        return new TrendView(trend, TrendChart.of(trend), texts.summary(trend), texts.change(trend.firstToLatest()),
                texts.change(trend.previousToLatest()));
    }
}
