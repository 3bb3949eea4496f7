package org.stepwise.alumni.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.alumni.AlumniAttendanceOutcome;
import org.stepwise.alumni.AlumniCheckIns;
import org.stepwise.alumni.AlumniFilter;
import org.stepwise.alumni.AlumniRoster;
import org.stepwise.alumni.Alumnus;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;

/** The alumni roster and alumni attendance for integrations; see docs/api/alumni.md. */
@RestController
class AlumniApi {

    private final AlumniRoster roster;
    private final AlumniCheckIns checkIns;

    AlumniApi(AlumniRoster roster, AlumniCheckIns checkIns) {
        this.roster = roster;
        this.checkIns = checkIns;
    }

    record AlumnusJson(String id, String clientId, String name, String recordNumber, String programId,
            String programName, String dischargeType, LocalDate dischargedOn, LocalDate joinedOn, String joined,
            String status, @Nullable String leftReason, @Nullable LocalDate leftOn, boolean mayContact,
            @Nullable LocalDate lastGroup, int groupsLast90Days, int version) {

        static AlumnusJson of(Alumnus a) {
            return new AlumnusJson(a.id().toString(), a.client().toString(), a.name(), a.recordNumber(),
                    a.program().value().toString(), a.programName(), a.dischargeType().name(), a.dischargedOn(),
                    a.joinedOn(), a.joinedByHand() ? "BY_HAND" : "ON_DISCHARGE", a.status().name(), a.leftReason(),
                    a.leftOn(), a.mayContact(), a.lastGroup(), a.groupsLast90Days(), a.version());
        }
    }

    /** The body of an attendance answer. */
    record AttendanceBody(@Nullable UUID clientId, @Nullable Boolean attended, @Nullable Integer version) {}

    record AttendanceJson(String sessionId, String clientId, boolean attended, String recordedBy, Instant recordedAt,
            int version, String change) {}

    @GetMapping("/api/v1/alumni")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    List<AlumnusJson> list(@RequestParam(required = false) @Nullable UUID program,
            @RequestParam(required = false, defaultValue = "true") boolean active) {
        return roster.list(new AlumniFilter(program == null ? null : new ProgramId(program), active)).stream()
                .map(AlumnusJson::of).toList();
    }

    @PostMapping("/api/v1/alumni/sessions/{sessionId}/attendance")
    @PreAuthorize("hasAnyAuthority('CHECK_IN', 'FOLLOW_UP')")
    ResponseEntity<AttendanceJson> attendance(@PathVariable UUID sessionId, @RequestBody AttendanceBody body) {
        AlumniAttendanceOutcome outcome = checkIns.record(new SessionId(sessionId),
                body.clientId() == null ? null : new ClientId(body.clientId()), body.attended(), body.version());
        var r = outcome.record();
        return ResponseEntity.status(outcome.change() == AlumniAttendanceOutcome.Change.RECORDED ? 201 : 200)
                .body(new AttendanceJson(r.session().toString(), r.client().toString(), r.attended(), r.recordedBy(),
                        r.recordedAt(), r.version(), outcome.change().name().toLowerCase(Locale.ROOT)));
    }
}
