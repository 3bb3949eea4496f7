package org.stepwise.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** The admission form, the chart panel, the tracks list and the roster, as a browser without scripts sees them. */
@StepwiseTest
@AutoConfigureMockMvc
class AdmissionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    EpisodeFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EpisodeFixtures(jdbc, clock);
    }

    MockHttpServletRequestBuilder admission(UUID client, UUID track) {
        return post("/clients/" + client + "/admission").with(csrf()).with(SignedIn.as(staff, Role.INTAKE_COORDINATOR))
                .param("requestId", UUID.randomUUID().toString())
                .param("trackId", track.toString())
                .param("admittedOn", LocalDate.now(clock).toString())
                .param("levelOfCare", "2.1")
                .param("primaryDiagnosis", "F32.1");
    }

    @Test
    void theFormOffersTracksWithTheirDefaultsAndStaffForTheCareTeam() throws Exception {
        UUID client = fixtures.newClient("Form");
        UUID referral = UUID.randomUUID();
        mvc.perform(get("/clients/" + client + "/admission?referral=" + referral)
                        .with(SignedIn.as(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Day track")))
                .andExpect(content().string(containsString("h/week")))
                .andExpect(content().string(containsString(referral.toString())))
                .andExpect(content().string(containsString("for=\"teamStaff1\"")));
    }

    @Test
    void admittingShowsTheResultOnTheEpisodesPageWithHistoryAndDaysRemaining() throws Exception {
        UUID track = fixtures.newTrack(1);
        UUID client = fixtures.newClient("Admitted");
        mvc.perform(admission(client, track).param("plannedLengthDays", "60").param("weeklyHours", "8")
                        .param("certifiedOn", LocalDate.now(clock).toString()).param("certifyingPhysician", "Dr Ada Okafor"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clients/" + client + "/episodes"))
                .andExpect(flash().attribute("admitted", "ADMITTED"));
        mvc.perform(get("/clients/" + client + "/episodes").with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("60 days left")))
                .andExpect(content().string(containsString("Status history")))
                .andExpect(content().string(containsString("due in")))
                .andExpect(content().string(containsString("<html")));
        mvc.perform(get("/clients/" + client + "/episodes").header("HX-Request", "true")
                        .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("F32.1")));

        UUID waiting = fixtures.newClient("Waiting");
        mvc.perform(admission(waiting, track))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("admitted", "WAITLISTED"))
                .andExpect(flash().attribute("position", 1))
                .andExpect(flash().attribute("expectedStart", LocalDate.now(clock).plusDays(60).toString()));

        String roster = mvc.perform(get("/tracks/" + track + "/roster").with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(roster).contains("Admitted", "Waiting", LocalDate.now(clock).plusDays(60).toString());
        mvc.perform(get("/tracks").with(SignedIn.as(staff, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/tracks/" + track + "/roster")));
    }

    @Test
    void errorsAreShownBesideTheirFieldsWith422AndNothingIsStored() throws Exception {
        UUID track = fixtures.newTrack(3);
        UUID client = fixtures.newClient("Wrong");
        StaffMember clinician = staff.activeWithRole(Role.CLINICIAN).getFirst();
        mvc.perform(admission(client, track).param("weeklyHours", "30").param("primaryDiagnosis", "<script>")
                        .param("authorizationStart", "2026-13-45").param("teamStaff2", clinician.id().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"authorizationStart-error\"")))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(admission(client, track).param("weeklyHours", "30").param("primaryDiagnosis", "F3")
                        .param("teamStaff2", clinician.id().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"weeklyHours-error\"")))
                .andExpect(content().string(containsString("id=\"primaryDiagnosis-error\"")))
                .andExpect(content().string(containsString("id=\"teamRole2-error\"")));
        mvc.perform(admission(client, UUID.randomUUID()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"trackId-error\"")));
        assertThat(fixtures.count("SELECT count(*) FROM episode WHERE client_id = ?", client)).isZero();
    }

    @Test
    void theChartShowsTheEpisodePanel() throws Exception {
        UUID client = fixtures.newClient("Chart");
        mvc.perform(get("/clients/" + client).with(SignedIn.as(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chart-episodes")))
                .andExpect(content().string(containsString("/clients/" + client + "/episodes")));
    }
}
