package org.stepwise.scheduling.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.scheduling.BookedClient;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Rosters;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionType;
import org.stepwise.scheduling.SessionTypes;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.SiteId;
import org.stepwise.staff.Organisation;

/** The schedule for integrations: session types, a week's sessions, one session with its roster (docs/api/schedule.md). */
@RestController
class ScheduleApi {

    private final SessionTypes types;
    private final Schedule schedule;
    private final Rosters rosters;
    private final Organisation organisation;

    ScheduleApi(SessionTypes types, Schedule schedule, Rosters rosters, Organisation organisation) {
        this.types = types;
        this.schedule = schedule;
        this.rosters = rosters;
        this.organisation = organisation;
    }

    record SessionTypeJson(String id, String code, String name, String category, boolean group, int minutes,
            boolean countsTowardHours, BigDecimal countedHours, String modality, @Nullable String billingCode, int cap,
            boolean active, int version) {}

    @GetMapping("/api/v1/session-types")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    List<SessionTypeJson> sessionTypes() {
        return types.all().stream().map(ScheduleApi::json).toList();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionJson(String id, String title, String typeCode, String typeName, String category,
            @Nullable String trackId, @Nullable String trackName, String siteId, String siteName,
            @Nullable String roomId, @Nullable String roomName, String facilitatorId, String facilitatorName,
            String week, LocalDate date, String start, String end, Instant startsAt, Instant endsAt, int minutes,
            BigDecimal countedHours, int cap, int booked, boolean full, String modality, String status,
            @Nullable String cancelReason, int version, @Nullable List<ClientJson> clients) {}

    record ClientJson(String clientId, String episodeId, String name, String recordNumber, String source) {}

    record WeekJson(String week, LocalDate monday, LocalDate sunday, @Nullable String siteId, List<SessionJson> sessions) {}

    @GetMapping("/api/v1/schedule/weeks/{week}")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    WeekJson week(@PathVariable String week, @RequestParam(required = false) @Nullable UUID site) {
        IsoWeek shown = Times.week(week);
        SiteId siteId = site == null ? null : organisation.site(new SiteId(site)).id();
        return new WeekJson(shown.toString(), shown.monday(), shown.sunday(), site == null ? null : site.toString(),
                schedule.week(shown, siteId).stream().map(s -> json(s, null)).toList());
    }

    /** One session with the clients booked into it (a VIEW audit row per client). */
    @GetMapping("/api/v1/sessions/{id}")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    SessionJson session(@PathVariable UUID id) {
        SessionView session = schedule.get(new SessionId(id));
        return json(session, rosters.view(session));
    }

    static SessionJson json(SessionView s, @Nullable List<BookedClient> roster) {
        return new SessionJson(s.id().toString(), s.title(), s.typeCode(), s.typeName(), s.category().name(),
                s.track() == null ? null : s.track().toString(), s.trackName(), s.site().toString(), s.siteName(),
                s.room() == null ? null : s.room().toString(), s.roomName(), s.facilitator().toString(),
                s.facilitatorName(), s.week().toString(), s.day(), s.startTime().toString(), s.endTime().toString(),
                s.startsAt(), s.endsAt(), s.minutes(), s.countedHours(), s.cap(), s.booked(), s.full(),
                s.modality().name(), s.status().name(), s.cancelReason(), s.version(),
                roster == null ? null : roster.stream().map(c -> new ClientJson(c.client().toString(),
                        c.episode().toString(), c.displayName(), c.recordNumber(), c.source().name())).toList());
    }

    private static SessionTypeJson json(SessionType t) {
        return new SessionTypeJson(t.id().toString(), t.code(), t.name(), t.category().name(), t.category().isGroup(),
                t.minutes(), t.countsTowardHours(), t.countedHours(), t.modality().name(), t.billingCode(), t.cap(),
                t.active(), t.version());
    }
}
