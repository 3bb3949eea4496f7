package org.stepwise.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalTime;
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
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/** The check-in pages: the day's sessions, a roster saved row by row (htmx) or as plain forms, walk-ins. */
@StepwiseTest
@AutoConfigureMockMvc
class CheckInPagesTests {

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

    AttendanceFixtures f;
    SessionId session;
    EpisodeId booked;

    @BeforeEach
    void setUp() {
        f = new AttendanceFixtures(jdbc, clock, staff, admissions, planning, bookings);
        session = f.groupToday(LocalTime.of(8, 0));
        booked = f.admit("Rowan", 9);
        f.book(session, booked);
    }

    private String roster(Role role) throws Exception {
        return mvc.perform(get("/sessions/{id}/attendance", session.value()).with(SignedIn.as(staff, role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDayListsTheSessionWithALinkToItsRoster() throws Exception {
        String day = mvc.perform(get("/attendance").param("day", f.today().toString())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(day).contains("/sessions/" + session + "/attendance", "Group 08:00");
    }

    @Test
    void theRosterShowsEachBookedClientWithAStatusPicker() throws Exception {
        assertThat(roster(Role.FRONT_DESK)).contains("Robin Rowan", "0 of 1 checked in", "Attendance of Robin Rowan",
                "Unexcused absence", "Not taken yet", "Walk-in");
    }

    @Test
    void anHtmxSaveRedrawsOnlyTheRowWithWhatWasRecorded() throws Exception {
        String row = mvc.perform(post("/sessions/{id}/attendance", session.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.CLINICIAN)).header("HX-Request", "true")
                        .param("episodeId", booked.toString()).param("status", "LATE").param("minutesAttended", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row.strip()).startsWith("<tr");
        assertThat(row).contains("Late, 30 min · 0.60 h", "Saved.", "hx-swap-oob=\"true\">1 of 1 checked in")
                .doesNotContain("<html");

        String conflict = mvc.perform(post("/sessions/{id}/attendance", session.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)).header("HX-Request", "true")
                        .param("episodeId", booked.toString()).param("status", "PRESENT").param("version", ""))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("already recorded as Late, 30 min", "name=\"version\" value=\"0\"");

        String corrected = mvc.perform(post("/sessions/{id}/attendance", session.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)).header("HX-Request", "true")
                        .param("episodeId", booked.toString()).param("status", "PRESENT").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(corrected).contains("Present, 50 min · 1.00 h", "name=\"version\" value=\"1\"");
    }

    @Test
    void rowErrorsAreShownBesideTheRowAndNothingIsSaved() throws Exception {
        String row = mvc.perform(post("/sessions/{id}/attendance", session.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)).header("HX-Request", "true")
                        .param("episodeId", booked.toString()).param("status", "LEFT_EARLY"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(row).contains("Left early: enter the minutes attended, 1 to 50.");
        mvc.perform(post("/sessions/{id}/attendance", session.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK))
                        .param("episodeId", booked.toString()).param("status", "PRESENT").param("minutesAttended", "many"))
                .andExpect(status().isUnprocessableContent());
        assertThat(f.count("SELECT count(*) FROM attendance WHERE session_id = ?", session.value())).isZero();
    }

    @Test
    void withoutScriptsASaveReturnsToTheRoster() throws Exception {
        mvc.perform(post("/sessions/{id}/attendance", session.value()).with(csrf()).with(SignedIn.as(staff, Role.NURSE))
                        .param("episodeId", booked.toString()).param("status", "PRESENT"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sessions/" + session + "/attendance"));
        assertThat(roster(Role.NURSE)).contains("1 of 1 checked in", "Present, 50 min · 1.00 h");
    }

    @Test
    void aWalkInOfTheTrackOrByRecordNumberIsBookedAndCheckedIn() throws Exception {
        EpisodeId ofTrack = f.admit("Trackmate", 9);
        assertThat(roster(Role.FRONT_DESK)).contains("Robin Trackmate");
        mvc.perform(post("/sessions/{id}/attendance/walk-ins", session.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK))
                        .param("episodeId", ofTrack.toString()).param("status", "PRESENT"))
                .andExpect(status().is3xxRedirection());
        EpisodeId byNumber = f.admit("Numbered", 9);
        String recordNumber = jdbc.sql("SELECT record_number FROM client WHERE id = ?")
                .param(f.clientOf(byNumber).value()).query(String.class).single();
        mvc.perform(post("/sessions/{id}/attendance/walk-ins", session.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK))
                        .param("recordNumber", recordNumber).param("status", "LATE").param("minutesAttended", "40"))
                .andExpect(status().is3xxRedirection());
        assertThat(roster(Role.FRONT_DESK)).contains("2 of 3 checked in", "Robin Numbered", "Late, 40 min · 0.80 h");
        assertThat(f.count("SELECT count(*) FROM booking WHERE session_id = ? AND source = 'CHECK_IN'", session.value()))
                .isEqualTo(2);
    }

    @Test
    void aWalkInIntoAFullGroupIsRefusedWithTheReason() throws Exception {
        SessionId small = f.group(f.today().atTime(15, 0), 1);
        f.book(small, f.admit("Only", 9));
        EpisodeId late = f.admit("Toolate", 9);
        String page = mvc.perform(post("/sessions/{id}/attendance/walk-ins", small.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK))
                        .param("episodeId", late.toString()).param("status", "PRESENT"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("is full (1 of 1)");
        String unknown = mvc.perform(post("/sessions/{id}/attendance/walk-ins", small.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK))
                        .param("recordNumber", "SW-999999999").param("status", "PRESENT"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("No client has record number SW-999999999");
        assertThat(f.count("SELECT count(*) FROM attendance WHERE session_id = ?", small.value())).isZero();
    }
}
