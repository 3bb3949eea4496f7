package org.stepwise.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.NewSession;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/**
 * Alerts raised after attendance (through the event publication registry): the target out of reach, two missed
 * sessions in a row, each once, with make-up sessions; who sees them; closing them with a note.
 */
@StepwiseTest
@AutoConfigureMockMvc
class AttendanceAlertTests {

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
    CheckIns checkIns;

    AttendanceFixtures f;

    @BeforeEach
    void setUp() {
        f = new AttendanceFixtures(jdbc, clock, staff, admissions, planning, bookings);
    }

    /** Records attendance as the front desk and waits until the alert listener has handled it. */
    private void record(SessionId session, EpisodeId episode, AttendanceStatus status) {
        CheckInOutcome outcome = SignedIn.as(staff, Role.FRONT_DESK,
                () -> checkIns.record(session, new CheckIn(episode, null, status, null, null)));
        UUID id = outcome.record().id();
        await().atMost(Duration.ofSeconds(20)).until(() -> f.count("""
                SELECT count(*) FROM event_publication WHERE listener_id LIKE '%RaiseAttendanceAlerts%'
                  AND serialized_event LIKE ? AND completion_date IS NOT NULL""", "%" + id + "%") == 1);
    }

    private List<String> alerts(EpisodeId episode, String kind) {
        return jdbc.sql("SELECT reason FROM attendance_alert WHERE episode_id = ? AND kind = ? AND status = 'OPEN'")
                .params(episode.value(), kind).query(String.class).list();
    }

    private UUID alertId(EpisodeId episode, String kind) {
        return jdbc.sql("SELECT id FROM attendance_alert WHERE episode_id = ? AND kind = ?")
                .params(episode.value(), kind).query(UUID.class).single();
    }

    @Test
    void twoMissedSessionsInARowRaiseOneAlertWhateverFollows() {
        EpisodeId episode = f.admit("Missing", 9);
        SessionId eight = f.groupToday(LocalTime.of(8, 0));
        SessionId nine = f.groupToday(LocalTime.of(9, 0));
        SessionId ten = f.groupToday(LocalTime.of(10, 0));
        List.of(eight, nine, ten).forEach(s -> f.book(s, episode));

        record(eight, episode, AttendanceStatus.UNEXCUSED_ABSENCE);
        assertThat(alerts(episode, "MISSED_IN_A_ROW")).isEmpty();
        record(nine, episode, AttendanceStatus.EXCUSED_ABSENCE);
        assertThat(alerts(episode, "MISSED_IN_A_ROW")).singleElement()
                .satisfies(reason -> assertThat(reason).startsWith("Missed 2 sessions in a row: ")
                        .contains("Group 08:00", "Group 09:00"));
        record(ten, episode, AttendanceStatus.UNEXCUSED_ABSENCE);
        assertThat(alerts(episode, "MISSED_IN_A_ROW")).hasSize(1);
        assertThat(f.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'attendance alert' "
                + "AND action = 'CREATE' AND username = 'system'", f.clientOf(episode).value()))
                .isEqualTo(f.count("SELECT count(*) FROM attendance_alert WHERE episode_id = ?", episode.value()));
    }

    @Test
    void aWeekThatCanNoLongerMeetItsTargetRaisesOneAlertWithMakeUpSessionsThatSuit() {
        EpisodeId episode = f.admit("Behind", 6);
        ClientId client = f.clientOf(episode);
        SessionId eight = f.groupToday(LocalTime.of(8, 0));
        SessionId nine = f.groupToday(LocalTime.of(9, 0));
        f.book(eight, episode);
        f.book(nine, episode);
        jdbc.sql("""
                INSERT INTO client_availability (episode_id, client_id, weekdays, day_part, updated_at, updated_by)
                VALUES (?, ?, '{1,2,3,4,5,6,7}', 'DAY', now(), 'test')""").params(episode.value(), client.value()).update();
        var tomorrow = f.today().plusDays(1);
        SessionId suits = f.group(tomorrow.atTime(10, 0), null);
        SessionId full = f.group(tomorrow.atTime(11, 0), 1);
        f.book(full, f.admit("Seated", 9));
        SessionId cancelled = f.group(tomorrow.atTime(12, 0), null);
        jdbc.sql("UPDATE session SET status = 'CANCELLED', cancel_reason = 'Holiday' WHERE id = ?")
                .param(cancelled.value()).update();
        SessionId evening = f.group(tomorrow.atTime(18, 0), null);
        SessionId clashes = f.group(tomorrow.atTime(14, 0), null);
        SessionId elsewhere = planning.create(new NewSession("INDIVIDUAL", f.site, null, null, null, f.facilitator,
                "Individual", tomorrow.atTime(14, 20), null, null));
        f.book(elsewhere, episode);

        record(eight, episode, AttendanceStatus.UNEXCUSED_ABSENCE);
        record(nine, episode, AttendanceStatus.PRESENT);

        IsoWeek week = IsoWeek.containing(f.today());
        assertThat(alerts(episode, "SHORT_OF_TARGET")).singleElement()
                .satisfies(reason -> assertThat(reason).contains("of the 6.0 hours of " + week));
        UUID alert = alertId(episode, "SHORT_OF_TARGET");
        assertThat(jdbc.sql("SELECT session_id FROM attendance_alert_suggestion WHERE alert_id = ? ORDER BY position")
                .param(alert).query(UUID.class).list())
                .containsExactly(suits.value())
                .doesNotContain(full.value(), cancelled.value(), evening.value(), clashes.value());
        assertThat(jdbc.sql("SELECT week_start FROM attendance_alert WHERE id = ?").param(alert)
                .query(java.time.LocalDate.class).single()).isEqualTo(week.monday());
    }

    @Test
    void attendanceThatKeepsTheTargetReachableRaisesNothing() {
        EpisodeId episode = f.admit("OnTrack", 6);
        List<SessionId> sessions = new java.util.ArrayList<>();
        for (int hour = 8; hour < 14; hour++) {
            SessionId s = f.groupToday(LocalTime.of(hour, 0));
            f.book(s, episode);
            sessions.add(s);
        }
        record(sessions.getFirst(), episode, AttendanceStatus.PRESENT);
        record(sessions.get(1), episode, AttendanceStatus.TELEHEALTH);
        assertThat(f.count("SELECT count(*) FROM attendance_alert WHERE episode_id = ?", episode.value())).isZero();
    }

    @Test
    void attendanceOfAWeekThatHasEndedRaisesNothing() {
        EpisodeId episode = f.admit("LastWeek", 9);
        SessionId eight = f.group(f.today().minusDays(7).atTime(8, 0), null);
        SessionId nine = f.group(f.today().minusDays(7).atTime(9, 0), null);
        f.book(eight, episode);
        f.book(nine, episode);
        record(eight, episode, AttendanceStatus.UNEXCUSED_ABSENCE);
        record(nine, episode, AttendanceStatus.UNEXCUSED_ABSENCE);
        assertThat(f.count("SELECT count(*) FROM attendance_alert WHERE episode_id = ?", episode.value())).isZero();
    }

    @Test
    void theDirectorAndTheCareTeamSeeTheAlertAndSomeoneWhoSchedulesClosesItWithANote() throws Exception {
        EpisodeId episode = f.admit("Closable", 9);
        ClientId client = f.clientOf(episode);
        var nurse = staff.activeWithRole(Role.NURSE).getFirst();
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Nurse', now())")
                .params(client.value(), nurse.id().value()).update();
        SessionId eight = f.groupToday(LocalTime.of(8, 0));
        f.book(eight, episode);
        record(eight, episode, AttendanceStatus.UNEXCUSED_ABSENCE);
        UUID alert = alertId(episode, "SHORT_OF_TARGET");

        assertThat(page("/attendance/alerts", Role.PROGRAM_DIRECTOR)).contains("Robin Closable");
        assertThat(page("/attendance/alerts", Role.NURSE)).contains("Robin Closable");
        assertThat(page("/attendance/alerts", Role.CASE_MANAGER)).doesNotContain("Robin Closable");
        assertThat(page("/", Role.PROGRAM_DIRECTOR)).contains("Clients falling behind on hours");
        assertThat(page("/", Role.FRONT_DESK)).doesNotContain("Clients falling behind on hours")
                .contains("Sessions to check in today");
        String week = "/clients/" + client + "/weeks/" + IsoWeek.containing(f.today());
        assertThat(page(week, Role.FRONT_DESK)).contains("Cannot reach this week&#39;s hours", "Close the alert");

        mvc.perform(post("/attendance/alerts/{id}/close", alert).with(csrf()).with(SignedIn.as(staff, Role.FRONT_DESK))
                        .param("version", "0").param("note", "ok"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/attendance/alerts/{id}/close", alert).with(csrf()).with(SignedIn.as(staff, Role.FRONT_DESK))
                        .param("version", "4").param("note", "Booked into the Thursday group."))
                .andExpect(status().isConflict());
        assertThat(alerts(episode, "SHORT_OF_TARGET")).hasSize(1);

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/attendance/alerts/{id}/close", alert).with(csrf()).with(SignedIn.as(staff, Role.FRONT_DESK))
                            .param("version", "0").param("note", "Booked into the Thursday group."))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl(week));
        }
        assertThat(jdbc.sql("SELECT status || ' ' || close_note || ' ' || version FROM attendance_alert WHERE id = ?")
                .param(alert).query(String.class).single()).isEqualTo("CLOSED Booked into the Thursday group. 1");
        assertThat(f.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'attendance alert' "
                + "AND action = 'UPDATE'", client.value())).isEqualTo(1);
        assertThat(page("/attendance/alerts", Role.PROGRAM_DIRECTOR)).doesNotContain("Robin Closable");
        mvc.perform(post("/attendance/alerts/{id}/close", alert).with(csrf()).with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR))
                        .param("version", "1").param("note", "Something else entirely."))
                .andExpect(status().isConflict());
        // A clinician outside the client's care team is sent to state a reason first.
        mvc.perform(post("/attendance/alerts/{id}/close", alert).with(csrf()).with(SignedIn.as(staff, Role.CLINICIAN))
                        .param("version", "1").param("note", "Something else entirely."))
                .andExpect(redirectedUrl("/clients/" + client + "/break-glass"));
    }

    private String page(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(staff, role))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
