package org.stepwise.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.hamcrest.Matchers;
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
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/** {@code GET /api/v1/episodes/{id}/weeks/{yyyy-Www}} and the week page: scheduled and attended hours against the target. */
@StepwiseTest
@AutoConfigureMockMvc
class ClientWeekTests {

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

    private void record(SessionId session, EpisodeId episode, AttendanceStatus status, Integer minutes) {
        SignedIn.as(staff, Role.FRONT_DESK, () -> checkIns.record(session, new CheckIn(episode, null, status, minutes, null)));
    }

    /** Today 08:00 present, 09:00 late 30 minutes, 10:00 cancelled: 2 hours scheduled, 1.60 attended of 9. */
    private EpisodeId aWeek(String family) {
        EpisodeId episode = f.admit(family, 9);
        SessionId eight = f.groupToday(LocalTime.of(8, 0));
        SessionId nine = f.groupToday(LocalTime.of(9, 0));
        SessionId ten = f.groupToday(LocalTime.of(10, 0));
        f.book(eight, episode);
        f.book(nine, episode);
        f.book(ten, episode);
        record(eight, episode, AttendanceStatus.PRESENT, null);
        record(nine, episode, AttendanceStatus.LATE, 30);
        jdbc.sql("UPDATE session SET status = 'CANCELLED', cancel_reason = 'Facilitator ill' WHERE id = ?")
                .param(ten.value()).update();
        return episode;
    }

    @Test
    void theWeekShowsTargetScheduledAttendedAndRemainingHoursAndEachSession() throws Exception {
        EpisodeId episode = aWeek("Weekly");
        IsoWeek week = IsoWeek.containing(f.today());
        OffsetDateTime eight = f.today().atTime(8, 0).atZone(f.zone).toOffsetDateTime();

        mvc.perform(get("/api/v1/episodes/{id}/weeks/{week}", episode.value(), week.toString())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.episodeId").value(episode.toString()))
                .andExpect(jsonPath("$.week").value(week.toString()))
                .andExpect(jsonPath("$.targetHours").value(9.0))
                .andExpect(jsonPath("$.scheduledHours").value(2.0))
                .andExpect(jsonPath("$.attendedHours").value(1.6))
                .andExpect(jsonPath("$.remainingHours").value(7.4))
                .andExpect(jsonPath("$.sessions.length()").value(3))
                .andExpect(jsonPath("$.sessions[0].title").value("Group 08:00"))
                .andExpect(jsonPath("$.sessions[0].start").value(eight.toInstant().toString()))
                .andExpect(jsonPath("$.sessions[0].countedHours").value(1.0))
                .andExpect(jsonPath("$.sessions[0].status").value("PRESENT"))
                .andExpect(jsonPath("$.sessions[0].minutesAttended").value(50))
                .andExpect(jsonPath("$.sessions[0].attendedHours").value(1.0))
                .andExpect(jsonPath("$.sessions[1].status").value("LATE"))
                .andExpect(jsonPath("$.sessions[1].minutesAttended").value(30))
                .andExpect(jsonPath("$.sessions[1].attendedHours").value(0.6))
                .andExpect(jsonPath("$.sessions[2].status").value("CANCELLED"))
                .andExpect(jsonPath("$.sessions[2].attendedHours").value(0.0));

        ClientId client = f.clientOf(episode);
        assertThat(f.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'weekly hours' "
                + "AND action = 'VIEW'", client.value())).isEqualTo(1);
    }

    @Test
    void aWeekWithoutBookingsHasTheWholeTargetRemaining() throws Exception {
        EpisodeId episode = f.admit("Empty", 12);
        mvc.perform(get("/api/v1/episodes/{id}/weeks/{week}", episode.value(), "2026-W10")
                        .with(SignedIn.as(staff, Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targetHours").value(12.0))
                .andExpect(jsonPath("$.scheduledHours").value(0.0))
                .andExpect(jsonPath("$.attendedHours").value(0.0))
                .andExpect(jsonPath("$.remainingHours").value(12.0))
                .andExpect(jsonPath("$.sessions").isEmpty());
    }

    @Test
    void aBadWeekIsA400NamingTheFormatAndAnUnknownEpisodeA404() throws Exception {
        EpisodeId episode = f.admit("Format", 9);
        for (String bad : new String[] {"2026-48", "2026-W60", "W48-2026", "2026-W4", "yesterday"}) {
            mvc.perform(get("/api/v1/episodes/{id}/weeks/{week}", episode.value(), bad)
                            .with(SignedIn.as(staff, Role.FRONT_DESK)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("yyyy-Www")))
                    .andExpect(jsonPath("$.errors[0].field").value("week"));
        }
        mvc.perform(get("/api/v1/episodes/{id}/weeks/{week}", EpisodeId.random().value(), "2026-W48")
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isNotFound());
    }

    @Test
    void outsideTheCareTeamTheWeekNeedsBreakGlass() throws Exception {
        EpisodeId episode = f.admit("Guarded", 9);
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Therapist', now())")
                .params(f.clientOf(episode).value(), staff.activeWithRole(Role.CLINICIAN).getLast().id().value()).update();
        mvc.perform(get("/api/v1/episodes/{id}/weeks/{week}", episode.value(), "2026-W48")
                        .with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/episodes/{id}/weeks/{week}", episode.value(), "2026-W48")
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk());
    }

    @Test
    void theWeekPageShowsAttendedHoursAgainstTheTargetWithABarAndLinksToTheNeighbouringWeeks() throws Exception {
        EpisodeId episode = aWeek("Paged");
        ClientId client = f.clientOf(episode);
        IsoWeek week = IsoWeek.containing(f.today());

        String page = mvc.perform(get("/clients/{id}/weeks/{week}", client.value(), week.toString())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1.60 of 9.0 hours attended", "2.00 hours scheduled", "7.40 hours still to attend",
                "<meter", "Late", "Session cancelled", "Robin Paged",
                "/clients/" + client + "/weeks/" + week.previous(), "/clients/" + client + "/weeks/" + week.next());

        String fragment = mvc.perform(get("/clients/{id}/weeks/{week}", client.value(), week.toString())
                        .header("HX-Request", "true")
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("1.60 of 9.0 hours attended").doesNotContain("<html");

        mvc.perform(get("/clients/{id}/weeks/{week}", client.value(), "last-week").with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theChartHasAWeeklyHoursSection() throws Exception {
        EpisodeId episode = f.admit("Charted", 9);
        String chart = mvc.perform(get("/clients/{id}", f.clientOf(episode).value())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("Weekly hours", "/clients/" + f.clientOf(episode) + "/weeks/"
                + IsoWeek.containing(java.time.LocalDate.now(clock)));
    }
}
