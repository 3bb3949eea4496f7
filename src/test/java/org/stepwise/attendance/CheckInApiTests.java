package org.stepwise.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/**
 * Check-in through {@code POST /api/v1/sessions/{id}/attendance} on a real PostgreSQL: the idempotency key, the cap of
 * a group, corrections under the record's version, and the refusals.
 */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CheckInApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Admissions admissions;

    @Autowired
    SessionPlanning planning;

    @Autowired
    Bookings bookings;

    @Autowired
    ApplicationEvents events;

    AttendanceFixtures f;

    @BeforeEach
    void setUp() {
        f = new AttendanceFixtures(jdbc, clock, staff, admissions, planning, bookings);
    }

    private ResultActions checkIn(SessionId session, String key, String body) throws Exception {
        return mvc.perform(post("/api/v1/sessions/{id}/attendance", session.value())
                .with(SignedIn.as(staff, Role.FRONT_DESK))
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String body(EpisodeId episode, String status) {
        return "{\"episodeId\":\"" + episode + "\",\"status\":\"" + status + "\"}";
    }

    private long records(SessionId session) {
        return f.count("SELECT count(*) FROM attendance WHERE session_id = ?", session.value());
    }

    private long auditChanges(ClientId client) {
        return f.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'attendance' "
                + "AND action IN ('CREATE', 'UPDATE')", client.value());
    }

    @Test
    void aCheckInRecordsTheWholeSessionAndItsHoursAndAnnouncesIt() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(8, 0));
        EpisodeId episode = f.admit("Present", 9);
        f.book(session, episode);

        checkIn(session, UUID.randomUUID().toString(), body(episode, "PRESENT"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PRESENT"))
                .andExpect(jsonPath("$.minutesAttended").value(50))
                .andExpect(jsonPath("$.attendedHours").value(1.0))
                .andExpect(jsonPath("$.change").value("recorded"))
                .andExpect(jsonPath("$.walkIn").value(false))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.recordedBy").value(staff.activeWithRole(Role.FRONT_DESK).getFirst().username()));

        assertThat(records(session)).isEqualTo(1);
        assertThat(auditChanges(f.clientOf(episode))).isEqualTo(1);
        assertThat(events.stream(SessionAttended.class).filter(e -> e.session().equals(session)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(AttendanceStatus.PRESENT);
                    assertThat(e.correction()).isFalse();
                });
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstAnswerAndChangesNothing() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(8, 0));
        EpisodeId episode = f.admit("Retry", 9);
        f.book(session, episode);
        String key = UUID.randomUUID().toString();
        String late = "{\"episodeId\":\"" + episode + "\",\"status\":\"LATE\",\"minutesAttended\":30}";

        MvcResult first = checkIn(session, key, late).andExpect(status().isCreated()).andReturn();
        MvcResult retry = checkIn(session, key, late)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andReturn();

        assertThat(retry.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(records(session)).isEqualTo(1);
        assertThat(auditChanges(f.clientOf(episode))).isEqualTo(1);
        assertThat(events.stream(SessionAttended.class).filter(e -> e.session().equals(session))).hasSize(1);
        assertThat(f.count("SELECT count(*) FROM attendance_request WHERE idempotency_key = ?", key)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422AndChangesNothing() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(8, 0));
        EpisodeId episode = f.admit("Reused", 9);
        f.book(session, episode);
        String key = UUID.randomUUID().toString();
        checkIn(session, key, body(episode, "PRESENT")).andExpect(status().isCreated());

        checkIn(session, key, "{\"episodeId\":\"" + episode + "\",\"status\":\"LATE\",\"minutesAttended\":20,\"version\":0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("different check-in")));

        assertThat(jdbc.sql("SELECT status FROM attendance WHERE session_id = ?").param(session.value())
                .query(String.class).single()).isEqualTo("PRESENT");
        assertThat(auditChanges(f.clientOf(episode))).isEqualTo(1);
    }

    @Test
    void theThirteenthClientOfAGroupOfTwelveIsRefusedAndNothingIsWritten() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(9, 0));
        for (int i = 0; i < 12; i++) {
            f.book(session, f.admit("Seat" + i, 9));
        }
        EpisodeId thirteenth = f.admit("Thirteenth", 9);
        String key = UUID.randomUUID().toString();

        checkIn(session, key, body(thirteenth, "PRESENT"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is full (12 of 12)")));

        assertThat(records(session)).isZero();
        assertThat(f.count("SELECT count(*) FROM booking WHERE session_id = ? AND status = 'BOOKED'", session.value()))
                .isEqualTo(12);
        assertThat(f.count("SELECT count(*) FROM booking WHERE episode_id = ?", thirteenth.value())).isZero();
        assertThat(f.count("SELECT count(*) FROM attendance_request WHERE idempotency_key = ?", key)).isZero();
    }

    @Test
    void aWalkInIsBookedAtCheckInWhileThereIsASeat() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(10, 0));
        EpisodeId walkIn = f.admit("Walkin", 9);
        ClientId client = f.clientOf(walkIn);

        checkIn(session, UUID.randomUUID().toString(), "{\"clientId\":\"" + client + "\",\"status\":\"TELEHEALTH\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.walkIn").value(true))
                .andExpect(jsonPath("$.episodeId").value(walkIn.toString()))
                .andExpect(jsonPath("$.attendedHours").value(1.0));

        assertThat(jdbc.sql("SELECT source FROM booking WHERE session_id = ? AND client_id = ? AND status = 'BOOKED'")
                .params(session.value(), client.value()).query(String.class).single()).isEqualTo("CHECK_IN");
    }

    @Test
    void aDifferentStatusWithoutTheCurrentVersionIsAConflictShowingTheRecordAndWithItACorrection() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(8, 0));
        EpisodeId episode = f.admit("Corrected", 9);
        f.book(session, episode);
        checkIn(session, UUID.randomUUID().toString(), body(episode, "PRESENT")).andExpect(status().isCreated());

        String noVersion = "{\"episodeId\":\"" + episode + "\",\"status\":\"LEFT_EARLY\",\"minutesAttended\":20}";
        checkIn(session, UUID.randomUUID().toString(), noVersion)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already recorded as Present")))
                .andExpect(jsonPath("$.current.status").value("PRESENT"))
                .andExpect(jsonPath("$.current.minutesAttended").value(50))
                .andExpect(jsonPath("$.current.version").value(0));
        String oldVersion = "{\"episodeId\":\"" + episode + "\",\"status\":\"LEFT_EARLY\",\"minutesAttended\":20,"
                + "\"version\":3}";
        checkIn(session, UUID.randomUUID().toString(), oldVersion)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.version").value(0));
        assertThat(jdbc.sql("SELECT status FROM attendance WHERE session_id = ?").param(session.value())
                .query(String.class).single()).isEqualTo("PRESENT");
        assertThat(auditChanges(f.clientOf(episode))).isEqualTo(1);

        String current = "{\"episodeId\":\"" + episode + "\",\"status\":\"LEFT_EARLY\",\"minutesAttended\":20,"
                + "\"version\":0}";
        checkIn(session, UUID.randomUUID().toString(), current)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("corrected"))
                .andExpect(jsonPath("$.status").value("LEFT_EARLY"))
                .andExpect(jsonPath("$.attendedHours").value(0.4))
                .andExpect(jsonPath("$.version").value(1));
        assertThat(records(session)).isEqualTo(1);
        assertThat(auditChanges(f.clientOf(episode))).isEqualTo(2);
        assertThat(events.stream(SessionAttended.class).filter(e -> e.session().equals(session))
                .map(SessionAttended::correction)).containsExactly(false, true);
    }

    @Test
    void theSameStatusAgainWithANewKeyChangesNothing() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(8, 0));
        EpisodeId episode = f.admit("Twice", 9);
        f.book(session, episode);
        checkIn(session, UUID.randomUUID().toString(), body(episode, "PRESENT")).andExpect(status().isCreated());

        checkIn(session, UUID.randomUUID().toString(), body(episode, "PRESENT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("unchanged"))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(auditChanges(f.clientOf(episode))).isEqualTo(1);
    }

    @Test
    void badCheckInsAreRefusedWithAMessageNamingTheFieldAndChangeNothing() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(8, 0));
        EpisodeId episode = f.admit("Refused", 9);
        f.book(session, episode);
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"{\"episodeId\":\"" + episode + "\",\"status\":\"LATE\"}", "minutesAttended"});
        cases.add(new String[] {"{\"episodeId\":\"" + episode + "\",\"status\":\"LATE\",\"minutesAttended\":51}",
            "minutesAttended"});
        cases.add(new String[] {"{\"episodeId\":\"" + episode + "\",\"status\":\"EXCUSED_ABSENCE\",\"minutesAttended\":5}",
            "minutesAttended"});
        cases.add(new String[] {"{\"episodeId\":\"" + episode + "\",\"status\":\"ASLEEP\"}", "status"});
        cases.add(new String[] {"{\"episodeId\":\"" + episode + "\"}", "status"});
        cases.add(new String[] {"{\"status\":\"PRESENT\"}", "episodeId"});
        cases.add(new String[] {"{\"episodeId\":\"" + episode + "\",\"clientId\":\"" + f.clientOf(episode)
            + "\",\"status\":\"PRESENT\"}", "episodeId"});
        for (String[] c : cases) {
            checkIn(session, UUID.randomUUID().toString(), c[0])
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(c[1]));
        }
        mvc.perform(post("/api/v1/sessions/{id}/attendance", session.value())
                        .with(SignedIn.as(staff, Role.FRONT_DESK))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(episode, "PRESENT")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        assertThat(records(session)).isZero();
        assertThat(auditChanges(f.clientOf(episode))).isZero();
    }

    @Test
    void attendanceIsTakenOnTheDayOfTheSessionNotBefore() throws Exception {
        SessionId tomorrow = f.group(f.today().plusDays(1).atTime(10, 0), null);
        EpisodeId episode = f.admit("Early", 9);
        f.book(tomorrow, episode);

        checkIn(tomorrow, UUID.randomUUID().toString(), body(episode, "PRESENT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "attendance is taken on the day of the session or after")));
        assertThat(records(tomorrow)).isZero();
    }

    @Test
    void aCancelledSessionTakesNoAttendance() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(11, 0));
        EpisodeId episode = f.admit("Cancelled", 9);
        f.book(session, episode);
        jdbc.sql("UPDATE session SET status = 'CANCELLED', cancel_reason = 'Snow day' WHERE id = ?")
                .param(session.value()).update();

        checkIn(session, UUID.randomUUID().toString(), body(episode, "PRESENT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("was cancelled (Snow day)")));
        assertThat(records(session)).isZero();
    }

    @Test
    void unknownSessionsAndEpisodesAreNotFound() throws Exception {
        EpisodeId episode = f.admit("Lost", 9);
        checkIn(SessionId.random(), UUID.randomUUID().toString(), body(episode, "PRESENT"))
                .andExpect(status().isNotFound());
        SessionId session = f.groupToday(LocalTime.of(8, 0));
        checkIn(session, UUID.randomUUID().toString(), body(EpisodeId.random(), "PRESENT"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRosterListsEachBookedClientWithTheirRecord() throws Exception {
        SessionId session = f.groupToday(LocalTime.of(8, 0));
        EpisodeId taken = f.admit("Aardvark", 9);
        EpisodeId waiting = f.admit("Zebra", 9);
        f.book(session, taken);
        f.book(session, waiting);
        checkIn(session, UUID.randomUUID().toString(), body(taken, "UNEXCUSED_ABSENCE")).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/sessions/{id}/attendance", session.value()).with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.booked").value(2))
                .andExpect(jsonPath("$.cap").value(12))
                .andExpect(jsonPath("$.roster[0].name").value("Robin Aardvark"))
                .andExpect(jsonPath("$.roster[0].attendance.status").value("UNEXCUSED_ABSENCE"))
                .andExpect(jsonPath("$.roster[0].attendance.minutesAttended").value(0))
                .andExpect(jsonPath("$.roster[1].name").value("Robin Zebra"))
                .andExpect(jsonPath("$.roster[1].attendance").isEmpty());
        assertThat(f.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'attendance roster'",
                f.clientOf(waiting).value())).isEqualTo(1);
    }
}
