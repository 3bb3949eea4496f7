package org.stepwise.discharge.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.discharge.DischargeSummaries;
import org.stepwise.discharge.DischargeSummary;
import org.stepwise.discharge.SummarySection;
import org.stepwise.discharge.internal.ChartReader;
import org.stepwise.discharge.internal.NarrativeRules;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/** What the summary page shows: the summary (audited), the form's sections as typed or stored, and who may do what. */
@Component
class SummaryScreens {

    private final DischargeSummaries summaries;
    private final ChartReader chart;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;
    private final Clock clock;

    SummaryScreens(DischargeSummaries summaries, ChartReader chart, ClientRegistry registry, CurrentUser currentUser,
            Clock clock) {
        this.summaries = summaries;
        this.chart = chart;
        this.registry = registry;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The episode, when it is the client's (a path naming another client's episode finds nothing). */
    EpisodeId episodeOf(ClientId client, EpisodeId episode) {
        return clientsEpisode(client, episode).id();
    }

    private EpisodeView clientsEpisode(ClientId client, EpisodeId id) {
        EpisodeView episode = chart.episode(id);
        if (!episode.client().equals(client)) {
            throw new NotFoundException("This client has no such episode of care.");
        }
        return episode;
    }

    /**
     * @param typed the sections as the user typed them (a refused or conflicting save), or null for the stored ones
     * @param theirs the summary someone else saved meanwhile, shown above the form
     */
    String page(ClientId client, EpisodeId id, @Nullable Map<String, String> typed, Map<String, String> errors,
            @Nullable DischargeSummary theirs, Model model) {
        EpisodeView episode = clientsEpisode(client, id);
        DischargeSummary summary = summaries.view(id).orElse(null);
        Map<String, String> form = new LinkedHashMap<>();
        if (typed != null) {
            form.putAll(typed);
        } else if (summary != null) {
            form.putAll(summary.content().sections());
            form.put("version", String.valueOf(summary.version()));
        }
        model.addAttribute("summary", registry.find(client).orElseThrow(() -> new NotFoundException(
                "There is no such client.")));
        model.addAttribute("clientId", client.value());
        model.addAttribute("episode", episode);
        model.addAttribute("discharge", summary);
        model.addAttribute("figures", summary == null ? null : summary.content().figures());
        model.addAttribute("sections", SummarySection.values());
        model.addAttribute("missing", summary == null ? java.util.List.of()
                : NarrativeRules.missingForSigning(summary.content()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("theirs", theirs);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("canDischarge", currentUser.require().can(Permission.DISCHARGE));
        return "discharge/summary";
    }
}
