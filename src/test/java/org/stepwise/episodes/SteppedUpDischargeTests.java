package org.stepwise.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Issue 7 (done when: "discharge to a higher level of care keeps the history in one chart, and the waitlist's first
 * client is offered the place"), through the pages: the chart's episodes after a step up, the roster's offer and its
 * Admit button, the intake coordinator's Today card; and a readmission's link on the episodes panel.
 */
@StepwiseTest
@AutoConfigureMockMvc
class SteppedUpDischargeTests {

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
    private StaffMember clinician;
    private StaffMember intake;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new DischargeFixtures(jdbc, clock, staff, admissions, discharges);
        clinician = SignedIn.demoAccount(staff, Role.CLINICIAN);
        intake = SignedIn.demoAccount(staff, Role.INTAKE_COORDINATOR);
        today = LocalDate.now(clock);
    }

    @Test
    void aStepUpKeepsOneChartAndTheFirstClientWaitingIsOfferedThePlaceAndAdmittedFromTheRoster() throws Exception {
        var track = fixtures.newTrack(1);
        var leaving = fixtures.admit(track, "Stepper", 30, clinician);
        var first = fixtures.admit(track, "Offeree", 0);
        var second = fixtures.admit(track, "Behind", 0);
        long clients = jdbc.sql("SELECT count(*) FROM client").query(Long.class).single();

        fixtures.discharge(leaving.episode(), DischargeType.STEPPED_UP, today.minusDays(1));

        // One chart: no client was added, and the chart's episodes show the ended episode with where the client went.
        assertThat(jdbc.sql("SELECT count(*) FROM client").query(Long.class).single()).isEqualTo(clients);
        mvc.perform(get("/clients/{id}/episodes", leaving.client().value()).with(SignedIn.as(clinician)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Discharged")))
                .andExpect(content().string(containsString("Stepped up to a higher level of care")))
                .andExpect(content().string(containsString("<dd class=\"discharge-level\">2.5</dd>")))
                .andExpect(content().string(containsString("30 days")))
                .andExpect(content().string(containsString("Discharged in a test")))
                .andExpect(content().string(not(containsString("/discharge\""))));
        mvc.perform(get("/api/v1/episodes/{id}", leaving.episode().value()).with(SignedIn.as(clinician)))
                .andExpect(jsonPath("$.discharge.type").value("STEPPED_UP"))
                .andExpect(jsonPath("$.discharge.levelAtDischarge").value("2.5"))
                .andExpect(jsonPath("$.discharge.lengthOfStayDays").value(30));

        // The roster shows the offer to the first client waiting, with the button to admit them; not to the second.
        UUID firstEntry = entry(first.episode());
        UUID secondEntry = entry(second.episode());
        String roster = mvc.perform(get("/tracks/{id}/roster", track.value()).with(SignedIn.as(intake)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(roster).contains("Place offered — starts " + today)
                .contains("/tracks/" + track.value() + "/waitlist/" + firstEntry + "/admit")
                .doesNotContain("/waitlist/" + secondEntry + "/admit");
        mvc.perform(get("/").with(SignedIn.as(intake)))
                .andExpect(content().string(containsString("Places offered — waiting for admission")));

        // The intake coordinator admits them with the button; pressing it twice admits once.
        for (int press = 0; press < 2; press++) {
            mvc.perform(post("/tracks/{t}/waitlist/{w}/admit", track.value(), firstEntry).with(csrf())
                            .with(SignedIn.as(intake)).param("version", "0"))
                    .andExpect(redirectedUrl("/tracks/" + track.value() + "/roster"))
                    .andExpect(flash().attribute("rosterNotice", containsString("was admitted to the track")));
        }
        assertThat(episodeStatus(first.episode())).isEqualTo("ADMITTED");
        assertThat(jdbc.sql("SELECT count(*) FROM episode_status_change WHERE episode_id = ? AND to_status = 'ADMITTED'")
                .param(first.episode().value()).query(Long.class).single()).isEqualTo(1);
        // The track is full again: the second client is told so, and stays waiting.
        mvc.perform(post("/tracks/{t}/waitlist/{w}/admit", track.value(), secondEntry).with(csrf())
                        .with(SignedIn.as(intake)).param("version", "0"))
                .andExpect(flash().attribute("rosterError", containsString("has no free place")));
        assertThat(episodeStatus(second.episode())).isEqualTo("WAITLISTED");
    }

    @Test
    void aStaleVersionOnTheAdmitButtonIsAConflictAndAdmitsNobody() throws Exception {
        var track = fixtures.newTrack(1);
        var leaving = fixtures.admit(track, "Leaver", 20, clinician);
        var waiting = fixtures.admit(track, "Stale", 0);
        fixtures.discharge(leaving.episode(), DischargeType.COMPLETED, today);

        mvc.perform(post("/tracks/{t}/waitlist/{w}/admit", track.value(), entry(waiting.episode())).with(csrf())
                        .with(SignedIn.as(intake)).param("version", "7"))
                .andExpect(flash().attribute("rosterError", containsString("Someone else changed")));
        assertThat(episodeStatus(waiting.episode())).isEqualTo("WAITLISTED");
        // An entry of another track is not this roster's to admit.
        mvc.perform(post("/tracks/{t}/waitlist/{w}/admit", fixtures.newTrack(1).value(), entry(waiting.episode()))
                        .with(csrf()).with(SignedIn.as(intake)).param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(episodeStatus(waiting.episode())).isEqualTo("WAITLISTED");
    }

    @Test
    void anAdmittedEpisodeOffersTheDischargeButtonToThoseWhoMayDischarge() throws Exception {
        var track = fixtures.newTrack(5);
        var admitted = fixtures.admit(track, "Buttoned", 10, clinician);
        String link = "/clients/" + admitted.client().value() + "/episodes/" + admitted.episode() + "/discharge";
        mvc.perform(get("/clients/{id}/episodes", admitted.client().value()).with(SignedIn.as(clinician)))
                .andExpect(content().string(containsString(link)));
        mvc.perform(get("/clients/{id}/episodes", admitted.client().value()).with(SignedIn.as(intake)))
                .andExpect(content().string(not(containsString(link))));
    }

    @Test
    void aReadmissionWithin30DaysNamesTheEpisodeItFollows() throws Exception {
        var track = fixtures.newTrack(10);
        var first = fixtures.admit(track, "Comeback", 60, clinician);
        LocalDate firstAdmitted = today.minusDays(60);
        fixtures.discharge(first.episode(), DischargeType.LEFT_AGAINST_ADVICE, today.minusDays(20));

        var again = fixtures.admit(track, first.client(), 0, clinician);

        mvc.perform(get("/clients/{id}/episodes", first.client().value()).with(SignedIn.as(clinician)))
                .andExpect(content().string(containsString("Readmission — follows the episode of " + firstAdmitted
                        + " to " + today.minusDays(20))))
                .andExpect(content().string(containsString("(within 30 days)")));
        mvc.perform(get("/api/v1/episodes/{id}", again.episode().value()).with(SignedIn.as(clinician)))
                .andExpect(jsonPath("$.previousEpisode").value(first.episode().toString()));
    }

    private UUID entry(EpisodeId episode) {
        return jdbc.sql("SELECT id FROM waitlist_entry WHERE episode_id = ?").param(episode.value())
                .query(UUID.class).single();
    }

    private String episodeStatus(EpisodeId episode) {
        return jdbc.sql("SELECT status FROM episode WHERE id = ?").param(episode.value()).query(String.class).single();
    }
}
