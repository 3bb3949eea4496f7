package org.stepwise.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepwise.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.stepwise.signals.SignalFixtures;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Issue 7: a discharge makes the program's follow-ups for the care team's case manager (else a clinician, else no
 * one); the case manager finds the 7-day follow-up on Today; attempts, the outcome check and re-engagement are saved
 * with their version, and bad input changes nothing.
 */
@StepwiseTest
@AutoConfigureMockMvc
class FollowUpsTests {

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

    private DischargeFixtures fixtures;
    private StaffMember caseManager;
    private StaffMember clinician;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new DischargeFixtures(jdbc, clock, staff, admissions, discharges);
        caseManager = SignedIn.demoAccount(staff, Role.CASE_MANAGER);
        clinician = SignedIn.demoAccount(staff, Role.CLINICIAN);
        today = LocalDate.now(clock);
    }

    private record Made(UUID id, int days, LocalDate due, UUID assignee) {}

    /** Waits for the listener (after commit, on another thread) to make the episode's follow-ups. */
    private List<Made> followUpsOf(DischargeFixtures.Admitted admitted, int expected) {
        return SignalFixtures.eventually(() -> {
            List<Made> made = jdbc.sql("""
                    SELECT id, days_after, due_on, assigned_to FROM follow_up WHERE episode_id = ? ORDER BY days_after""")
                    .param(admitted.episode().value())
                    .query((rs, n) -> new Made(rs.getObject(1, UUID.class), rs.getInt(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, UUID.class))).list();
            return made.size() == expected ? Optional.of(made) : Optional.empty();
        });
    }

    private DischargeFixtures.Admitted dischargedToday(String family, StaffMember... team) {
        DischargeFixtures.Admitted admitted = fixtures.admit(fixtures.newTrack(12), family, 40, team);
        fixtures.discharge(admitted.episode(), DischargeType.COMPLETED, today);
        return admitted;
    }

    @Test
    void aDischargeMakesTheDefaultThreeFollowUpsForTheCaseManager() {
        DischargeFixtures.Admitted admitted = dischargedToday("Followdefault", clinician, caseManager);
        List<Made> made = followUpsOf(admitted, 3);
        assertThat(made).extracting(Made::days).containsExactly(7, 30, 90);
        assertThat(made).extracting(Made::due).containsExactly(today.plusDays(7), today.plusDays(30),
                today.plusDays(90));
        assertThat(made).extracting(Made::assignee).containsOnly(caseManager.id().value());
    }

    @Test
    void theProgramsOwnScheduleAndEveryDischargeTypeMakeFollowUps() {
        UUID program = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO program (id, site_id, name, kind, default_weekly_hours, default_length_days, follow_up_days)
                SELECT ?, site_id, ?, kind, default_weekly_hours, default_length_days, '{3,14}' FROM program
                ORDER BY name LIMIT 1""").params(program, "Follow-up program " + program).update();
        UUID track = UUID.randomUUID();
        jdbc.sql("INSERT INTO track (id, program_id, name, period, capacity) VALUES (?, ?, 'Follow-up track', 'DAY', 12)")
                .params(track, program).update();
        DischargeFixtures.Admitted admitted = fixtures.admit(new TrackId(track), "Followown", 40, clinician);
        fixtures.discharge(admitted.episode(), DischargeType.LEFT_AGAINST_ADVICE, today.minusDays(1));
        List<Made> made = followUpsOf(admitted, 2);
        assertThat(made).extracting(Made::days).containsExactly(3, 14);
        assertThat(made).extracting(Made::due).containsExactly(today.plusDays(2), today.plusDays(13));
        assertThat(made).extracting(Made::assignee).containsOnly(clinician.id().value());
    }

    @Test
    void withNoCaseManagerOrClinicianOnTheTeamTheFollowUpsAreUnassignedAndTheDirectorSeesThem() throws Exception {
        DischargeFixtures.Admitted admitted = dischargedToday("Followunassigned");
        List<Made> made = followUpsOf(admitted, 3);
        assertThat(made).extracting(Made::assignee).containsOnlyNulls();
        mvc.perform(get("/follow-ups").param("everyone", "true").with(SignedIn.asDemoAccount(staff,
                Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Followunassigned")));
        mvc.perform(get("/").with(SignedIn.asDemoAccount(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Follow-ups given to no one")));
    }

    @Test
    void theCaseManagersTodayPageShowsTheSevenDayFollowUpOfAClientDischargedToday() throws Exception {
        DischargeFixtures.Admitted admitted = dischargedToday("Followtoday", caseManager);
        List<Made> made = followUpsOf(admitted, 3);
        String page = mvc.perform(get("/").with(as(caseManager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Robin Followtoday").contains("7-day follow-up")
                .contains("/follow-ups/" + made.getFirst().id())
                .doesNotContain("30-day follow-up</span>");
    }

    @Test
    void aReachedClientWithAModeratelySevereScoreNeedsReEngagementUntilSomeoneActs() throws Exception {
        DischargeFixtures.Admitted admitted = dischargedToday("Followslip", caseManager);
        UUID id = followUpsOf(admitted, 3).getFirst().id();
        mvc.perform(post("/api/v1/follow-ups/{id}/attempts", id).with(as(caseManager)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"version":0,"result":"reached","note":"Spoke for 10 minutes","phq9Total":15,"bamUseDays":0,
                         "housing":"STABLE","workOrSchool":"WORKING","hospitalSinceDischarge":false,"aftercare":"YES"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REENGAGEMENT_NEEDED"))
                .andExpect(jsonPath("$.reasons[0].code").value("PHQ9_SEVERE"))
                .andExpect(jsonPath("$.version").value(1));
        String page = mvc.perform(get("/").with(as(caseManager))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Robin Followslip").contains("Re-engagement needed");
        mvc.perform(post("/follow-ups/{id}/reengaged", id).with(as(caseManager)).with(csrf())
                .param("version", "1").param("action", "ALUMNI_GROUP").param("note", "Booked into Thursday alumni"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("REENGAGED");
    }

    @Test
    void threeAttemptsWithoutReachingTheClientNeedReEngagementAndARepeatedSubmissionCountsOnce() throws Exception {
        DischargeFixtures.Admitted admitted = dischargedToday("Followunreached", caseManager);
        UUID id = followUpsOf(admitted, 3).getFirst().id();
        for (int version = 0; version < 3; version++) {
            for (int twice = 0; twice < 2; twice++) {
                mvc.perform(post("/follow-ups/{id}/attempts", id).with(as(caseManager)).with(csrf())
                        .param("version", String.valueOf(version)).param("result", "NO_ANSWER")
                        .param("note", "Voicemail " + version))
                        .andExpect(status().is3xxRedirection());
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up_attempt WHERE follow_up_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(statusOf(id)).isEqualTo("REENGAGEMENT_NEEDED");
    }

    @Test
    void badInputAndAStaleVersionChangeNothing() throws Exception {
        DischargeFixtures.Admitted admitted = dischargedToday("Followbad", caseManager);
        UUID id = followUpsOf(admitted, 3).getFirst().id();
        String before = row(id);
        mvc.perform(post("/follow-ups/{id}/attempts", id).with(as(caseManager)).with(csrf())
                .param("version", "0").param("result", "REACHED").param("phq9Total", "28").param("housing", "castle"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose stable, unstable or homeless.")));
        mvc.perform(post("/api/v1/follow-ups/{id}/attempts", id).with(as(caseManager)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"result\":\"REACHED\",\"phq9Total\":99}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'phq9Total')]").exists());
        mvc.perform(post("/api/v1/follow-ups/{id}/attempts", id).with(as(caseManager)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":7,\"result\":\"NO_ANSWER\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/follow-ups/{id}/attempts", id).with(as(caseManager)).with(csrf())
                .param("version", "7").param("result", "NO_ANSWER"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else changed this follow-up")));
        assertThat(row(id)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM follow_up_attempt WHERE follow_up_id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theFollowUpNeedsChartAccessAndTheFollowUpPermission() throws Exception {
        DischargeFixtures.Admitted admitted = dischargedToday("Followaccess", caseManager);
        UUID id = followUpsOf(admitted, 3).getFirst().id();
        mvc.perform(get("/follow-ups/{id}", id).with(as(caseManager))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("7-day follow-up")));
        mvc.perform(get("/api/v1/follow-ups/{id}", id).with(as(clinician))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/follow-ups/{id}", id).with(SignedIn.asDemoAccount(staff, Role.NURSE)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/follow-ups").param("mine", "true").with(as(caseManager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].daysAfter").value(7));
    }

    private String statusOf(UUID id) {
        return jdbc.sql("SELECT status FROM follow_up WHERE id = ?").param(id).query(String.class).single();
    }

    /** The row as text (its arrays compare by what they hold). */
    private String row(UUID id) {
        return jdbc.sql("SELECT * FROM follow_up WHERE id = ?").param(id).query().singleRow().toString();
    }
}
