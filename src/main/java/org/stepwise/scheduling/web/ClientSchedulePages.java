package org.stepwise.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.scheduling.Availabilities;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionNotices;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;

/**
 * The schedule section of a client's chart ({@code /clients/{clientId}/schedule}): their sessions this week and next,
 * open sessions of their track to book them into, their availability in brief, and the notices they were sent.
 */
@Controller
class ClientSchedulePages {

    private final SessionNotices notices;
    private final ChartAccess chartAccess;
    private final EpisodeRecords episodes;
    private final Availabilities availabilities;
    private final Schedule schedule;
    private final Bookings bookings;
    private final ClientRegistry clients;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    ClientSchedulePages(SessionNotices notices, ChartAccess chartAccess, EpisodeRecords episodes,
            Availabilities availabilities, Schedule schedule, Bookings bookings, ClientRegistry clients,
            CurrentUser currentUser, AuditLog audit, Texts texts, Clock clock) {
        this.notices = notices;
        this.chartAccess = chartAccess;
        this.episodes = episodes;
        this.availabilities = availabilities;
        this.schedule = schedule;
        this.bookings = bookings;
        this.clients = clients;
        this.currentUser = currentUser;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** The chart's section: a fragment for htmx, the same content as a page of its own otherwise. */
    @GetMapping("/clients/{clientId}/schedule")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    String panel(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        fill(model, new ClientId(clientId), null);
        return htmx != null && historyRestore == null ? "scheduling/client-schedule :: content"
                : "scheduling/client-schedule";
    }

    @PostMapping("/clients/{clientId}/schedule/bookings")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String book(@PathVariable UUID clientId, @RequestParam(required = false) @Nullable UUID sessionId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        EpisodeId episode = current(client);
        if (sessionId == null) {
            throw new InvalidRequestException("Choose the session to book.");
        }
        try {
            bookings.book(new SessionId(sessionId), episode, BookingSource.MANUAL, currentUser.require().username());
        } catch (InvalidRequestException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            fill(model, client, e.getMessage());
            return "scheduling/client-schedule";
        }
        redirect.addFlashAttribute("notice", texts.get("schedule.session.bookedNotice"));
        return "redirect:/clients/" + clientId + "/schedule";
    }

    @PostMapping("/clients/{clientId}/schedule/bookings/{sessionId}/cancel")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String unbook(@PathVariable UUID clientId, @PathVariable UUID sessionId, RedirectAttributes redirect) {
        ClientId client = new ClientId(clientId);
        boolean cancelled = bookings.cancel(new SessionId(sessionId), current(client));
        redirect.addFlashAttribute("notice", texts.get(cancelled ? "schedule.session.unbooked"
                : "schedule.session.notBooked"));
        return "redirect:/clients/" + clientId + "/schedule";
    }

    private EpisodeId current(ClientId client) {
        chartAccess.require(client);
        return episodes.current(client).orElseThrow(() -> new InvalidRequestException(
                "The client has no current episode of care: admit them into a track first."));
    }

    private void fill(Model model, ClientId client, @Nullable String error) {
        var shownNotices = notices.forClient(client); // checks chart access first
        Optional<EpisodeId> current = episodes.current(client);
        EpisodeView episode = current.map(episodes::episode).orElse(null);
        IsoWeek thisWeek = IsoWeek.containing(LocalDate.now(clock));
        List<SessionView> booked = new ArrayList<>(schedule.bookedBy(client, thisWeek));
        booked.addAll(schedule.bookedBy(client, thisWeek.next()));
        List<SessionView> open = List.of();
        if (episode != null) {
            Instant now = clock.instant();
            Set<SessionId> mine = booked.stream().map(SessionView::id).collect(Collectors.toSet());
            List<SessionView> weeks = new ArrayList<>(schedule.week(thisWeek, null));
            weeks.addAll(schedule.week(thisWeek.next(), null));
            open = weeks.stream().filter(s -> episode.track().equals(s.track()) && !s.cancelled() && !s.full()
                    && s.startsAt().isAfter(now) && !mine.contains(s.id())).toList();
        }
        audit.record(AuditAction.VIEW, client, "schedule", booked.size() + " session(s) booked this week and next");
        model.addAttribute("clientId", client.value());
        model.addAttribute("client", clients.find(client).orElse(null));
        model.addAttribute("episode", episode);
        model.addAttribute("availability", current.flatMap(availabilities::of).orElse(null));
        model.addAttribute("booked", booked);
        model.addAttribute("open", open);
        model.addAttribute("notices", shownNotices);
        model.addAttribute("canManage", currentUser.require().can(Permission.SCHEDULE_MANAGE));
        model.addAttribute("errors", error == null ? Map.of() : Map.of("booking", error));
        model.addAttribute("zone", clock.getZone());
    }
}
