package org.stepwise.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeFixtures;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.Discharges;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * Issue 7 (done when: "a discharged episode takes no new bookings or attendance"), on PostgreSQL, for every discharge
 * type: the discharge cancels the client's bookings after the last day of treatment in its own transaction and keeps
 * those on or before it; a new booking and attendance after the last day are refused with nothing changed (through
 * the service and the check-in API); attendance for days in treatment can still be recorded and corrected. Also: the
 * client's open attendance alerts and level-of-care signals are closed at discharge.
 */
@StepwiseTest
@AutoConfigureMockMvc
class DischargeClosesBookingsTests {

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
    Discharges discharges;

    @Autowired
    SessionPlanning planning;

    @Autowired
    Bookings bookings;

    @Autowired
    CheckIns checkIns;

    AttendanceFixtures f;
    DischargeFixtures discharge;

    @BeforeEach
    void setUp() {
        f = new AttendanceFixtures(jdbc, clock, staff, admissions, planning, bookings);
        discharge = new DischargeFixtures(jdbc, clock, staff, admissions, discharges);
    }

    private SessionId groupOn(LocalDate day, int hour) {
        return f.group(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)), null);
    }

    private String booking(SessionId session, EpisodeId episode) {
        return jdbc.sql("SELECT status FROM booking WHERE session_id = ? AND episode_id = ? ORDER BY booked_at DESC LIMIT 1")
                .params(session.value(), episode.value()).query(String.class).single();
    }

    private long records(SessionId session) {
        return f.count("SELECT count(*) FROM attendance WHERE session_id = ?", session.value());
    }

    private CheckInOutcome record(SessionId session, EpisodeId episode, AttendanceStatus status,
            @org.jspecify.annotations.Nullable Integer version) {
        return SignedIn.as(staff, Role.FRONT_DESK,
                () -> checkIns.record(session, new CheckIn(episode, null, status, null, version)));
    }

    @ParameterizedTest
    @EnumSource(DischargeType.class)
    void aDischargeClosesLaterBookingsAndTheEpisodeTakesNoNewBookingOrAttendance(DischargeType type) throws Exception {
        EpisodeId episode = f.admit("Leaving" + type.name().charAt(0), 9);
        ClientId client = f.clientOf(episode);
        LocalDate lastDay = f.today().minusDays(3);
        SessionId before = groupOn(lastDay.minusDays(2), 10);
        SessionId onTheLastDay = groupOn(lastDay, 10);
        SessionId afterPast = groupOn(lastDay.plusDays(2), 10);
        SessionId afterFuture = groupOn(f.today().plusDays(2), 10);
        SessionId notBooked = groupOn(f.today().plusDays(3), 10);
        for (SessionId session : new SessionId[] {before, onTheLastDay, afterPast, afterFuture}) {
            f.book(session, episode);
        }

        discharge.discharge(episode, type, lastDay);

        // Bookings after the last day are cancelled with the discharge, those on or before it stay.
        assertThat(booking(before, episode)).isEqualTo("BOOKED");
        assertThat(booking(onTheLastDay, episode)).isEqualTo("BOOKED");
        assertThat(booking(afterPast, episode)).isEqualTo("CANCELLED");
        assertThat(booking(afterFuture, episode)).isEqualTo("CANCELLED");
        assertThat(f.count("""
                SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'booking'
                  AND detail = '2 bookings after ' || ? || ' cancelled at discharge'""", client.value(),
                lastDay.toString())).isEqualTo(1);

        // No new booking: neither into a session nobody booked them in, nor back into a cancelled one.
        assertThatThrownBy(() -> f.book(notBooked, episode)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Only an admitted client can be booked");
        assertThatThrownBy(() -> f.book(afterFuture, episode)).isInstanceOf(InvalidRequestException.class);
        assertThat(f.count("SELECT count(*) FROM booking WHERE episode_id = ? AND status = 'BOOKED'",
                episode.value())).isEqualTo(2);

        // No attendance after the last day, by the service or through the check-in API; nothing changes.
        String changes = "SELECT count(*) FROM audit_event WHERE client_id = ? AND subject IN ('attendance', 'booking')"
                + " AND action IN ('CREATE', 'UPDATE')";
        long auditRows = f.count(changes, client.value());
        assertThatThrownBy(() -> record(afterPast, episode, AttendanceStatus.PRESENT, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("discharged")
                .hasMessageContaining("nothing was saved");
        mvc.perform(post("/api/v1/sessions/{id}/attendance", afterPast.value())
                        .with(SignedIn.as(staff, Role.FRONT_DESK))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"episodeId\":\"" + episode + "\",\"status\":\"PRESENT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("discharged")));
        assertThat(records(afterPast)).isZero();
        assertThat(booking(afterPast, episode)).isEqualTo("CANCELLED");
        assertThat(f.count(changes, client.value())).isEqualTo(auditRows);

        // Days in treatment can still be recorded, and corrected.
        assertThat(record(before, episode, AttendanceStatus.PRESENT, null).change())
                .isEqualTo(CheckInOutcome.Change.RECORDED);
        assertThat(record(onTheLastDay, episode, AttendanceStatus.EXCUSED_ABSENCE, null).change())
                .isEqualTo(CheckInOutcome.Change.RECORDED);
        assertThat(record(before, episode, AttendanceStatus.UNEXCUSED_ABSENCE, 0).change())
                .isEqualTo(CheckInOutcome.Change.CORRECTED);
    }

    @Test
    void aBookingLeftAfterTheLastDayStillTakesNoAttendance() {
        EpisodeId episode = f.admit("Leftover", 9);
        ClientId client = f.clientOf(episode);
        LocalDate lastDay = f.today().minusDays(3);
        SessionId after = groupOn(lastDay.plusDays(1), 11);
        discharge.discharge(episode, DischargeType.COMPLETED, lastDay);
        // A seat written straight into the table (as an import or an old plan might), after the discharge.
        jdbc.sql("""
                INSERT INTO booking (id, session_id, client_id, episode_id, status, source, booked_at, booked_by)
                VALUES (?, ?, ?, ?, 'BOOKED', 'MANUAL', now(), 'import')""")
                .params(UUID.randomUUID(), after.value(), client.value(), episode.value()).update();

        assertThatThrownBy(() -> record(after, episode, AttendanceStatus.PRESENT, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("after their last day of treatment");
        assertThat(records(after)).isZero();
    }

    @Test
    void aFormerClientNamedByClientIdIsToldTheyWereDischarged() {
        EpisodeId episode = f.admit("Former", 9);
        ClientId client = f.clientOf(episode);
        LocalDate lastDay = f.today().minusDays(3);
        SessionId after = groupOn(lastDay.plusDays(1), 12);
        discharge.discharge(episode, DischargeType.LEFT_AGAINST_ADVICE, lastDay);

        assertThatThrownBy(() -> SignedIn.as(staff, Role.FRONT_DESK, () -> checkIns.record(after,
                new CheckIn(null, client, AttendanceStatus.PRESENT, null, null))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("discharged on");
        assertThat(records(after)).isZero();
        assertThat(f.count("SELECT count(*) FROM booking WHERE session_id = ?", after.value())).isZero();
    }

    @Test
    void openAttendanceAlertsAndSignalsAreClosedAtDischarge() {
        EpisodeId episode = f.admit("Alerted", 9);
        ClientId client = f.clientOf(episode);
        // The admission's own evaluation of signals first, so that it does not resolve the signal put in below.
        await().atMost(Duration.ofSeconds(20)).until(() -> f.count("""
                SELECT count(*) FROM event_publication WHERE event_type LIKE '%ClientAdmitted'
                  AND listener_id LIKE '%SignalListeners%' AND serialized_event LIKE ?
                  AND completion_date IS NOT NULL""", "%" + episode + "%") == 1);
        UUID alert = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO attendance_alert (id, client_id, episode_id, kind, dedupe_key, week_start, reason, opened_at,
                    status, version)
                VALUES (?, ?, ?, 'SHORT_OF_TARGET', 'test', date_trunc('week', now())::date, 'Short of target.', now(),
                    'OPEN', 0)""")
                .params(alert, client.value(), episode.value()).update();
        UUID signal = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO level_of_care_signal (id, client_id, episode_id, kind, topic, direction, status, summary,
                                                  evidence, fingerprint, raised_at, updated_at)
                VALUES (?, ?, ?, 'RELIABLE_DETERIORATION', 'phq9', 'UP', 'OPEN', 'PHQ-9 rose.', '[]'::jsonb,
                        repeat('a', 64), now(), now())""")
                .params(signal, client.value(), episode.value()).update();

        discharge.discharge(episode, DischargeType.STEPPED_UP, f.today().minusDays(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> f.count("""
                SELECT count(*) FROM event_publication WHERE event_type LIKE '%ClientDischarged'
                  AND (listener_id LIKE '%CloseAlertsAtDischarge%' OR listener_id LIKE '%SignalListeners%')
                  AND serialized_event LIKE ? AND completion_date IS NOT NULL""", "%" + episode + "%") == 2);

        assertThat(jdbc.sql("SELECT status || ' ' || close_note || ' by ' || closed_by FROM attendance_alert WHERE id = ?")
                .param(alert).query(String.class).single()).isEqualTo("CLOSED closed at discharge by system");
        assertThat(jdbc.sql("SELECT status || ' ' || close_note FROM level_of_care_signal WHERE id = ?")
                .param(signal).query(String.class).single()).isEqualTo("RESOLVED closed at discharge");
        assertThat(f.count("""
                SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'attendance alert'
                  AND detail LIKE '1 open alert closed at discharge%'""", client.value())).isEqualTo(1);
        assertThat(f.count("""
                SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'level-of-care signal'
                  AND detail = 'resolved ' || ? || ': closed at discharge'""", client.value(), signal.toString()))
                .isEqualTo(1);
    }
}
