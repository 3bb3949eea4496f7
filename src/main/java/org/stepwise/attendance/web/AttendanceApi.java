package org.stepwise.attendance.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.attendance.AttendanceConflictException;
import org.stepwise.attendance.AttendanceStatus;
import org.stepwise.attendance.CheckIn;
import org.stepwise.attendance.CheckInOutcome;
import org.stepwise.attendance.CheckIns;
import org.stepwise.attendance.ClientWeek;
import org.stepwise.attendance.ClientWeeks;
import org.stepwise.attendance.SessionRoster;
import org.stepwise.attendance.internal.CheckInRequests;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import tools.jackson.databind.json.JsonMapper;

/** Check-in and a client's week for integrations (kiosks, facilitators' tablets); see docs/api/attendance.md. */
@RestController
class AttendanceApi {

    private final CheckIns checkIns;
    private final ClientWeeks weeks;
    private final CheckInRequests requests;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    AttendanceApi(CheckIns checkIns, ClientWeeks weeks, CheckInRequests requests, CurrentUser currentUser,
            JsonMapper json) {
        this.checkIns = checkIns;
        this.weeks = weeks;
        this.requests = requests;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** The body of a check-in: episodeId or clientId, status, and optionally minutes and the version read. */
    record CheckInBody(@Nullable UUID episodeId, @Nullable UUID clientId, @Nullable String status,
            @Nullable Integer minutesAttended, @Nullable Integer version) {

        CheckIn checkIn() {
            AttendanceStatus parsed = null;
            if (status != null) {
                parsed = AttendanceStatus.parse(status).orElseThrow(() -> InvalidRequestException.forField("status",
                        "status must be one of " + AttendanceStatus.names() + "."));
            }
            return new CheckIn(episodeId == null ? null : new EpisodeId(episodeId),
                    clientId == null ? null : new ClientId(clientId), parsed, minutesAttended, version);
        }
    }

    record CheckInJson(String id, String sessionId, String clientId, String episodeId, String status,
            int minutesAttended, BigDecimal attendedHours, String recordedBy, Instant recordedAt, int version,
            String change, boolean walkIn) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RosterLineJson(String clientId, String episodeId, String name, String recordNumber,
            @Nullable String bookingSource, @Nullable AttendanceJson attendance) {}

    record RosterJson(String sessionId, String title, String type, Instant start, Instant end, int minutes,
            BigDecimal countedHours, int cap, int booked, String status, List<RosterLineJson> roster) {}

    record WeekSessionJson(String sessionId, String title, Instant start, Instant end, BigDecimal countedHours,
            String status, int minutesAttended, BigDecimal attendedHours) {}

    record WeekJson(String episodeId, String clientId, String week, BigDecimal targetHours, BigDecimal scheduledHours,
            BigDecimal attendedHours, BigDecimal remainingHours, BigDecimal reachableHours,
            List<WeekSessionJson> sessions) {}

    @PostMapping("/api/v1/sessions/{sessionId}/attendance")
    @PreAuthorize("hasAuthority('CHECK_IN')")
    ResponseEntity<String> checkIn(@PathVariable UUID sessionId,
            @RequestHeader(name = CheckInRequests.HEADER, required = false) @Nullable String key,
            @RequestBody CheckInBody body) {
        String checkedKey = CheckInRequests.checkedKey(key);
        CheckIn checkIn = body.checkIn();
        byte[] fingerprint = CheckInRequests.fingerprint(sessionId, body.episodeId(), body.clientId(),
                checkIn.status(), body.minutesAttended(), body.version());
        CheckInRequests.Answer answer = requests.once(currentUser.require().username(), checkedKey, fingerprint, () -> {
            CheckInOutcome outcome = checkIns.record(new SessionId(sessionId), checkIn);
            var r = outcome.record();
            CheckInJson answerJson = new CheckInJson(r.id().toString(), r.session().toString(), r.client().toString(),
                    r.episode().toString(), r.status().name(), r.minutesAttended(), r.attendedHours(), r.recordedBy(),
                    r.recordedAt(), r.version(), outcome.change().name().toLowerCase(Locale.ROOT), outcome.walkIn());
            int status = outcome.change() == CheckInOutcome.Change.RECORDED ? 201 : 200;
            return new CheckInRequests.Answer(status, json.writeValueAsString(answerJson), r.client(), false);
        });
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(answer.body());
    }

    @GetMapping("/api/v1/sessions/{sessionId}/attendance")
    @PreAuthorize("hasAuthority('CHECK_IN')")
    RosterJson roster(@PathVariable UUID sessionId) {
        SessionRoster roster = checkIns.roster(new SessionId(sessionId));
        SessionView s = roster.session();
        return new RosterJson(s.id().toString(), s.title(), s.typeName(), s.startsAt(), s.endsAt(), s.minutes(),
                s.countedHours(), s.cap(), s.booked(), s.status().name(), roster.lines().stream()
                        .map(l -> new RosterLineJson(l.client().toString(), l.episode().toString(), l.displayName(),
                                l.recordNumber(), l.source() == null ? null : l.source().name(),
                                l.record() == null ? null : AttendanceJson.of(l.record())))
                        .toList());
    }

    @GetMapping("/api/v1/episodes/{episodeId}/weeks/{week}")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    WeekJson week(@PathVariable UUID episodeId, @PathVariable String week) {
        ClientWeek w = weeks.ofEpisode(new EpisodeId(episodeId), Weeks.parse(week));
        return new WeekJson(w.episode().toString(), w.client().toString(), w.week().toString(), w.targetHours(),
                w.scheduledHours(), w.attendedHours(), w.remainingHours(), w.reachableHours(), w.sessions().stream()
                        .map(s -> new WeekSessionJson(s.id().toString(), s.title(), s.start(), s.end(),
                                s.countedHours(), s.status(), s.minutesAttended(), s.attendedHours()))
                        .toList());
    }

    /** A 409 that shows the record as it stands, so the caller can decide whether to correct it. */
    @ExceptionHandler(AttendanceConflictException.class)
    ResponseEntity<ProblemDetail> conflict(AttendanceConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Attendance already recorded");
        problem.setProperty("current", AttendanceJson.of(e.current()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(CheckInRequests.KeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(CheckInRequests.KeyReused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Idempotency-Key reused");
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
