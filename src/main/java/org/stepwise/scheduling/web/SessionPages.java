package org.stepwise.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSearch;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.Rosters;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionChanges;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionNotices;
import org.stepwise.scheduling.SessionView;
import org.stepwise.scheduling.internal.Facilitators;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.staff.Organisation;

/**
 * {@code /schedule/sessions/{id}}: one session with its booked clients and its history of changes; for those who
 * manage the schedule, the one-off changes (cancel, substitute, room, time) and booking clients in and out.
 */
@Controller
class SessionPages {

    /** A client found by the booking search, with the current episode to book through (null: none). */
    record Candidate(ClientSummary client, @Nullable EpisodeId episode) {}

    private final Schedule schedule;
    private final Rosters rosters;
    private final SessionChanges changes;
    private final SessionNotices notices;
    private final Bookings bookings;
    private final ClientRegistry clients;
    private final EpisodeRecords episodes;
    private final Organisation organisation;
    private final Facilitators facilitators;
    private final CurrentUser currentUser;
    private final Texts texts;
    private final java.time.Clock clock;

    SessionPages(Schedule schedule, Rosters rosters, SessionChanges changes, SessionNotices notices, Bookings bookings,
            ClientRegistry clients, EpisodeRecords episodes, Organisation organisation, Facilitators facilitators,
            CurrentUser currentUser, Texts texts, java.time.Clock clock) {
        this.clock = clock;
        this.schedule = schedule;
        this.rosters = rosters;
        this.changes = changes;
        this.notices = notices;
        this.bookings = bookings;
        this.clients = clients;
        this.episodes = episodes;
        this.organisation = organisation;
        this.facilitators = facilitators;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    @GetMapping("/schedule/sessions/{id}")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    String session(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q, Model model,
            HttpServletResponse response) {
        SessionView session = schedule.get(new SessionId(id));
        Map<String, String> errors = new LinkedHashMap<>();
        List<Candidate> candidates = List.of();
        if (q != null && !q.isBlank() && currentUser.require().can(Permission.SCHEDULE_MANAGE)) {
            try {
                candidates = clients.search(ClientSearch.forText(q)).stream()
                        .map(c -> new Candidate(c, episodes.current(c.id()).orElse(null))).toList();
            } catch (InvalidRequestException e) {
                errors.put("booking", e.getMessage());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        model.addAttribute("q", q);
        model.addAttribute("candidates", candidates);
        return page(model, session, errors);
    }

    // ----- one-off changes

    @PostMapping("/schedule/sessions/{id}/cancel")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(id, "cancel", () -> changes.cancel(new SessionId(id), version(version), reason), model,
                response, redirect);
    }

    @PostMapping("/schedule/sessions/{id}/facilitator")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String substitute(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable UUID facilitatorId, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(id, "facilitator", () -> changes.substitute(new SessionId(id), version(version), facilitatorId),
                model, response, redirect);
    }

    @PostMapping("/schedule/sessions/{id}/room")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String room(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @Nullable UUID roomId, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(id, "room", () -> changes.changeRoom(new SessionId(id), version(version), roomId), model,
                response, redirect);
    }

    @PostMapping("/schedule/sessions/{id}/time")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String time(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String startsAt, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(id, "time", () -> {
            Map<String, String> unreadable = new LinkedHashMap<>();
            var start = Times.time(startsAt, "startsAt", unreadable);
            if (!unreadable.isEmpty()) {
                throw new InvalidRequestException(unreadable.get("startsAt"), unreadable);
            }
            return changes.move(new SessionId(id), version(version), date, start.orElse(null));
        }, model, response, redirect);
    }

    // ----- bookings

    @PostMapping("/schedule/sessions/{id}/bookings")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String book(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID episodeId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SessionView session = schedule.get(new SessionId(id));
        if (episodeId == null) {
            throw new InvalidRequestException("Choose the client to book.");
        }
        try {
            bookings.book(session.id(), new EpisodeId(episodeId), BookingSource.MANUAL, currentUser.require().username());
        } catch (InvalidRequestException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("q", null);
            model.addAttribute("candidates", List.of());
            return page(model, session, Map.of("booking", e.getMessage()));
        }
        redirect.addFlashAttribute("notice", texts.get("schedule.session.bookedNotice"));
        return "redirect:/schedule/sessions/" + id;
    }

    @PostMapping("/schedule/sessions/{id}/bookings/{episodeId}/cancel")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String unbook(@PathVariable UUID id, @PathVariable UUID episodeId, RedirectAttributes redirect) {
        SessionView session = schedule.get(new SessionId(id));
        boolean cancelled = bookings.cancel(session.id(), new EpisodeId(episodeId));
        redirect.addFlashAttribute("notice", texts.get(cancelled ? "schedule.session.unbooked"
                : "schedule.session.notBooked"));
        return "redirect:/schedule/sessions/" + id;
    }

    // ----- helpers

    /** Runs a change: on success back to the session with a notice; on a refusal the page again with why. */
    private String change(UUID id, String form, Supplier<SessionView> change, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SessionView before = schedule.get(new SessionId(id));
        try {
            SessionView after = change.get();
            redirect.addFlashAttribute("notice", after.version() == before.version()
                    ? texts.get("schedule.session.unchanged") : texts.get("schedule.session.changed"));
            return "redirect:/schedule/sessions/" + id;
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, message) -> errors.put(form + "." + field, message));
            if (errors.isEmpty()) {
                errors.put(form, e.getMessage());
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("q", null);
            model.addAttribute("candidates", List.of());
            return page(model, schedule.get(new SessionId(id)), errors);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", e.getMessage());
            model.addAttribute("q", null);
            model.addAttribute("candidates", List.of());
            return page(model, schedule.get(new SessionId(id)), Map.of());
        }
    }

    private String page(Model model, SessionView session, Map<String, String> errors) {
        StepwiseUser user = currentUser.require();
        model.addAttribute("s", session);
        model.addAttribute("zone", clock.getZone()); // when a notice was sent, as every page shows stamps
        model.addAttribute("roster", rosters.view(session));
        model.addAttribute("history", notices.history(session.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", user.can(Permission.SCHEDULE_MANAGE));
        model.addAttribute("canCheckIn", user.can(Permission.CHECK_IN));
        model.addAttribute("facilitators", facilitators.active());
        model.addAttribute("rooms", new ArrayList<>(organisation.overview().stream()
                .filter(site -> site.site().id().equals(session.site()))
                .flatMap(site -> site.rooms().stream()).toList()));
        return "scheduling/session";
    }

    private static int version(@Nullable Integer version) {
        if (version == null) {
            throw new InvalidRequestException("The form has lost track of which version of the session you saw: open "
                    + "it again and reapply your change.");
        }
        return version;
    }
}
