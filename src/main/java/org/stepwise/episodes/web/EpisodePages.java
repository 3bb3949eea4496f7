package org.stepwise.episodes.web;

import java.time.LocalDate;
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
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.episodes.TrackRosters;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.TrackId;

/** The episode section of a client's chart, the list of tracks with their occupancy, and each track's roster. */
@Controller
class EpisodePages {

    private final EpisodeRecords records;
    private final TrackRosters rosters;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    EpisodePages(EpisodeRecords records, TrackRosters rosters, ClientRegistry registry, CurrentUser currentUser,
            java.time.Clock clock) {
        this.records = records;
        this.rosters = rosters;
        this.registry = registry;
        this.currentUser = currentUser;
        this.clock = clock;
    }


    /**
     * The client's episodes with status history, days remaining and recertification. The chart page loads it with
     * htmx (only the fragment is sent); opened directly it is a page of its own.
     */
    @GetMapping("/clients/{clientId}/episodes")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    String clientEpisodes(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        List<EpisodeView> episodes = records.ofClient(new ClientId(clientId));
        StepwiseUser user = currentUser.require();
        model.addAttribute("clientId", clientId);
        model.addAttribute("episodes", episodes);
        model.addAttribute("clinical", ClinicalDetail.shownTo(user));
        model.addAttribute("canAdmit", user.can(Permission.INTAKE)
                && episodes.stream().noneMatch(e -> e.status().isCurrent()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        if (htmx != null && historyRestore == null) {
            return "episodes/panel :: panel";
        }
        model.addAttribute("summary", registry.find(new ClientId(clientId))
                .orElseThrow(() -> new NotFoundException("There is no client with id " + clientId + ".")));
        return "episodes/client";
    }

    @GetMapping("/tracks")
    @PreAuthorize("hasAnyAuthority('SCHEDULE_VIEW', 'INTAKE')")
    String tracks(Model model) {
        model.addAttribute("tracks", rosters.tracks());
        return "episodes/tracks";
    }

    @GetMapping("/tracks/{trackId}/roster")
    @PreAuthorize("hasAnyAuthority('SCHEDULE_VIEW', 'INTAKE')")
    String roster(@PathVariable UUID trackId, Model model) {
        model.addAttribute("roster", rosters.roster(new TrackId(trackId)));
        model.addAttribute("canOpenCharts", currentUser.require().can(Permission.CLIENT_VIEW));
        return "episodes/roster";
    }
}
