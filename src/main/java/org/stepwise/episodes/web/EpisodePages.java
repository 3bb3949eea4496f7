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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.LengthOfStay;
import org.stepwise.episodes.Readmission;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;
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
    private final LengthOfStay lengthOfStay;

    EpisodePages(EpisodeRecords records, TrackRosters rosters, ClientRegistry registry, CurrentUser currentUser,
            java.time.Clock clock, LengthOfStay lengthOfStay) {
        this.lengthOfStay = lengthOfStay;
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
        model.addAttribute("canChangeLength", user.can(Permission.CLINICAL_WRITE));
        // Issue 7: how each episode ended, the episode a readmission follows, and the way to discharge.
        model.addAttribute("readmissions", Readmission.of(episodes));
        model.addAttribute("canDischarge", user.can(Permission.DISCHARGE));
        if (!model.containsAttribute("lengthErrors")) {
            model.addAttribute("lengthErrors", java.util.Map.of());
        }
        if (htmx != null && historyRestore == null) {
            return "episodes/panel :: panel";
        }
        model.addAttribute("summary", registry.find(new ClientId(clientId))
                .orElseThrow(() -> new NotFoundException("There is no client with id " + clientId + ".")));
        return "episodes/client";
    }

    /**
     * Issue 6: extends or shortens the planned stay. Refused input or someone else's change shows the episodes again
     * with the message and the episode as it now stands (422 or 409), nothing saved.
     */
    @PostMapping("/clients/{clientId}/episodes/{episodeId}/length")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String changeLength(@PathVariable UUID clientId, @PathVariable UUID episodeId,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String days,
            @RequestParam(required = false) @Nullable String reason, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        EpisodeId id = new EpisodeId(episodeId);
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        Integer change = null;
        try {
            change = days == null || days.isBlank() ? null : Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            errors.put("days", "Enter a whole number of days, such as 14 or -7.");
        }
        if (errors.isEmpty()) {
            try {
                EpisodeView changed = lengthOfStay.change(id, FormErrors.version(version), change, reason);
                if (!changed.client().value().equals(clientId)) {
                    throw new NotFoundException("There is no such episode of care.");
                }
                redirect.addFlashAttribute("lengthNotice", "episodes.length.done");
                return "redirect:/clients/" + clientId + "/episodes";
            } catch (InvalidRequestException e) {
                errors.putAll(FormErrors.of(e));
                response.setStatus(422);
            } catch (ConflictException e) {
                errors.put("form", e.getMessage());
                response.setStatus(409);
            }
        } else {
            response.setStatus(422);
        }
        model.addAttribute("lengthErrors", errors);
        model.addAttribute("lengthDays", days);
        model.addAttribute("lengthReason", reason);
        return clientEpisodes(clientId, null, null, model);
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
        model.addAttribute("canAdmit", currentUser.require().can(Permission.INTAKE));
        return "episodes/roster";
    }
}
