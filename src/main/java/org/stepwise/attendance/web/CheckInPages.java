package org.stepwise.attendance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.attendance.AttendanceStatus;
import org.stepwise.attendance.CheckIn;
import org.stepwise.attendance.CheckInOutcome;
import org.stepwise.attendance.CheckIns;
import org.stepwise.attendance.RosterLine;
import org.stepwise.attendance.SessionRoster;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSearch;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.TrackRoster;
import org.stepwise.episodes.TrackRosters;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;

/**
 * Check-in at the front desk or in the group room: the day's sessions, a session's roster with a status picker per
 * client (each row saved on its own with htmx, or as a plain form without scripts), and walk-ins.
 */
@Controller
class CheckInPages {

    private final CheckIns checkIns;
    private final TrackRosters tracks;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;
    private final Clock clock;

    CheckInPages(CheckIns checkIns, TrackRosters tracks, ClientRegistry registry, CurrentUser currentUser,
            Clock clock) {
        this.checkIns = checkIns;
        this.tracks = tracks;
        this.registry = registry;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/attendance")
    @PreAuthorize("hasAuthority('CHECK_IN')")
    String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate shown = day == null ? today : day;
        model.addAttribute("day", shown);
        model.addAttribute("isToday", day == null);
        // Today: each site's own today (they may lie in different time zones); another day: that date everywhere.
        model.addAttribute("sessions", day == null ? checkIns.today() : checkIns.day(day));
        return "attendance/day";
    }

    @GetMapping("/sessions/{sessionId}/attendance")
    @PreAuthorize("hasAuthority('CHECK_IN')")
    String roster(@PathVariable UUID sessionId, Model model) {
        return page(model, new SessionId(sessionId), Map.of(), Map.of(), new WalkInForm(null, null, null, null));
    }

    /** One row: with htmx the row comes back redrawn (with its message or error); otherwise back to the roster. */
    @PostMapping("/sessions/{sessionId}/attendance")
    @PreAuthorize("hasAuthority('CHECK_IN')")
    String record(@PathVariable UUID sessionId, @ModelAttribute("row") RowForm form, BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        SessionId id = new SessionId(sessionId);
        Map<String, String> errors = FormParts.bindingErrors(binding);
        Optional<UUID> episode = FormParts.uuid(form.episodeId());
        Optional<AttendanceStatus> status = FormParts.status(form.status());
        if (episode.isEmpty()) {
            errors.put("episodeId", "Choose the client from the roster.");
        }
        if (status.isEmpty()) {
            errors.putIfAbsent("status", "Choose how the client attended.");
        }
        String saved = null;
        HttpStatus refusal = HttpStatus.UNPROCESSABLE_CONTENT;
        if (errors.isEmpty()) {
            try {
                CheckInOutcome outcome = checkIns.record(id, new CheckIn(new EpisodeId(episode.get()), null,
                        status.get(), form.minutesAttended(), form.version()));
                saved = outcome.change() == CheckInOutcome.Change.UNCHANGED ? "attendance.row.unchanged"
                        : "attendance.row.saved";
                if (htmx == null) {
                    redirect.addFlashAttribute("notice", outcome.record().describe());
                    return "redirect:/sessions/" + sessionId + "/attendance";
                }
            } catch (ConflictException e) {
                errors.put("form", e.getMessage());
                refusal = HttpStatus.CONFLICT;
            } catch (InvalidRequestException e) {
                errors.putAll(e.fieldErrors().isEmpty() ? Map.of("form", String.valueOf(e.getMessage())) : e.fieldErrors());
            }
        }
        if (saved == null) {
            response.setStatus(refusal.value());
        }
        if (htmx != null && episode.isPresent()) {
            SessionRoster roster = checkIns.rosterLine(id, new EpisodeId(episode.get()));
            if (!roster.lines().isEmpty()) {
                model.addAttribute("sessionView", roster.session());
                model.addAttribute("line", roster.lines().getFirst());
                model.addAttribute("rowErrors", errors);
                model.addAttribute("saved", saved);
                model.addAttribute("week", roster.session().week().toString());
                model.addAttribute("statuses", List.of(AttendanceStatus.values()));
                model.addAttribute("roster", roster);
                return "attendance/roster :: saved-row";
            }
        }
        return page(model, id, episode.map(e -> Map.of(e.toString(), errors)).orElse(Map.of("", errors)), Map.of(),
                new WalkInForm(null, null, null, null));
    }

    @PostMapping("/sessions/{sessionId}/attendance/walk-ins")
    @PreAuthorize("hasAuthority('CHECK_IN')")
    String walkIn(@PathVariable UUID sessionId, @ModelAttribute("walkIn") WalkInForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        SessionId id = new SessionId(sessionId);
        Map<String, String> errors = FormParts.bindingErrors(binding);
        Optional<UUID> episode = FormParts.uuid(form.episodeId());
        Optional<AttendanceStatus> status = FormParts.status(form.status());
        String recordNumber = form.recordNumber() == null ? "" : form.recordNumber().strip();
        if (episode.isEmpty() && recordNumber.isEmpty()) {
            errors.put("episodeId", "Choose a client of the track, or enter the client's record number.");
        } else if (episode.isPresent() && !recordNumber.isEmpty()) {
            errors.put("episodeId", "Choose a client from the list or enter a record number, not both.");
        } else if (recordNumber.length() > 20) {
            errors.put("recordNumber", "Enter a record number like SW-001234.");
        }
        if (status.isEmpty()) {
            errors.put("status", "Choose how the client attended.");
        }
        HttpStatus refusal = HttpStatus.UNPROCESSABLE_CONTENT;
        if (errors.isEmpty()) {
            try {
                CheckIn checkIn = episode.isPresent()
                        ? new CheckIn(new EpisodeId(episode.get()), null, status.get(), form.minutesAttended(), null)
                        : new CheckIn(null, byRecordNumber(recordNumber).id(), status.get(), form.minutesAttended(), null);
                CheckInOutcome outcome = checkIns.record(id, checkIn);
                redirect.addFlashAttribute("notice", outcome.record().describe());
                return "redirect:/sessions/" + sessionId + "/attendance";
            } catch (ConflictException e) {
                errors.put("form", e.getMessage());
                refusal = HttpStatus.CONFLICT;
            } catch (InvalidRequestException e) {
                e.fieldErrors().forEach((field, message) -> errors.put(field.equals("clientId") ? "recordNumber" : field,
                        message));
                if (e.fieldErrors().isEmpty()) {
                    errors.put("form", String.valueOf(e.getMessage()));
                }
            }
        }
        response.setStatus(refusal.value());
        return page(model, id, Map.of(), errors, form);
    }

    private ClientSummary byRecordNumber(String recordNumber) {
        List<ClientSummary> found = registry.search(new ClientSearch(null, null, recordNumber, null, null, null, 2));
        if (found.size() != 1) {
            throw InvalidRequestException.forField("recordNumber", "No client has record number " + recordNumber
                    + ": check the number on the client's card.");
        }
        return found.getFirst();
    }

    private String page(Model model, SessionId id, Map<String, Map<String, String>> rowErrors,
            Map<String, String> walkInErrors, WalkInForm walkIn) {
        SessionRoster roster = checkIns.roster(id);
        SessionView session = roster.session();
        model.addAttribute("roster", roster);
        // Not "session": that name is the HTTP session in templates.
        model.addAttribute("sessionView", session);
        model.addAttribute("week", session.week().toString());
        model.addAttribute("statuses", List.of(AttendanceStatus.values()));
        model.addAttribute("allRowErrors", rowErrors);
        model.addAttribute("walkInErrors", walkInErrors);
        model.addAttribute("walkIn", walkIn);
        model.addAttribute("walkInCandidates", walkInCandidates(roster));
        model.addAttribute("canSearch", currentUser.require().can(Permission.CLIENT_SEARCH));
        return "attendance/roster";
    }

    /** The track's admitted clients who are not on the roster yet: the usual walk-ins. */
    private List<TrackRoster.Member> walkInCandidates(SessionRoster roster) {
        if (roster.session().track() == null || roster.session().cancelled()) {
            return List.of();
        }
        Set<EpisodeId> listed = roster.lines().stream().map(RosterLine::episode).collect(Collectors.toSet());
        return tracks.roster(roster.session().track()).admitted().stream()
                .filter(m -> !listed.contains(m.episode()))
                .toList();
    }
}
