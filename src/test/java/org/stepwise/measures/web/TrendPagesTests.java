package org.stepwise.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepwise.SignedIn.as;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Scores over time: the chart section (SVG over the bands, a table with caption) and the API, both audited. */
@StepwiseTest
@AutoConfigureMockMvc
class TrendPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory staff;

    private StaffMember clinician;
    private UUID client;

    @BeforeEach
    void aClientOnAClinicianCaseload() {
        clinician = staff.activeWithRole(Role.CLINICIAN).getFirst();
        client = MbcFixtures.client(jdbc, "Trend", clinician.id().value());
    }

    /** Three weekly PHQ-9s entered through the API, totals 8, 12 and 15. */
    private void threeWeeklyPhq9sThatWorsen() throws Exception {
        LocalDate first = LocalDate.now().minusWeeks(2);
        String[] answers = {"[1,1,1,1,1,1,1,1,0]", "[2,2,1,1,1,1,2,2,0]", "[2,2,2,2,2,2,1,2,0]"};
        for (int week = 0; week < 3; week++) {
            mvc.perform(post("/api/v1/clients/{id}/measures", client).with(csrf()).with(as(clinician, Role.CLINICIAN))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"instrument\":\"phq9\",\"answers\":" + answers[week] + ",\"administeredOn\":\""
                                    + first.plusWeeks(week) + "\"}"))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void threeWeeklyPhq9ScoresThatWorsenBy7ShowAReliableDeteriorationOnTheChart() throws Exception {
        threeWeeklyPhq9sThatWorsen();
        long audited = audits();

        String panel = mvc.perform(get("/clients/{id}/measure-trends", client).header("HX-Request", "true")
                        .with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(panel).contains("Reliable deterioration (+7)", "No reliable change (+3)");
        assertThat(panel).contains("role=\"img\"", "aria-label=\"PHQ-9: 3 scores, from 8 on " + LocalDate.now()
                .minusWeeks(2) + " to 15 (Moderately severe) on " + LocalDate.now() + ". Reliable deterioration (+7).\"");
        assertThat(panel).contains("<caption>PHQ-9 scores over time</caption>");
        assertThat(panel).contains("class=\"band sev-0\"", "class=\"band sev-4\"", "<polyline");
        assertThat(panel).doesNotContain("<html"); // the fragment for the chart's section
        assertThat(audits()).isEqualTo(audited + 1);
    }

    @Test
    void theApiGivesThePointsBandsAndTheChangeCategories() throws Exception {
        threeWeeklyPhq9sThatWorsen();
        long audited = audits();

        mvc.perform(get("/api/v1/clients/{id}/measures/phq9/trend", client).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(3))
                .andExpect(jsonPath("$.points[0].score").value(8))
                .andExpect(jsonPath("$.points[0].band").value("mild"))
                .andExpect(jsonPath("$.points[2].score").value(15))
                .andExpect(jsonPath("$.points[2].band").value("moderately-severe"))
                .andExpect(jsonPath("$.bands.length()").value(5))
                .andExpect(jsonPath("$.criteria.fixedThreshold").value(6))
                .andExpect(jsonPath("$.change.firstToLatest.points").value(7))
                .andExpect(jsonPath("$.change.firstToLatest.reliability").value("RELIABLE_DETERIORATION"))
                .andExpect(jsonPath("$.change.firstToLatest.label").value("Reliable deterioration (+7)"))
                .andExpect(jsonPath("$.change.firstToLatest.response").value(false))
                .andExpect(jsonPath("$.change.previousToLatest.reliability").value("NO_RELIABLE_CHANGE"));
        assertThat(audits()).isEqualTo(audited + 1);
    }

    @Test
    void someoneOffTheCareTeamIsRefusedAndUnknownInstrumentsAre404() throws Exception {
        StaffMember other = staff.activeWithRole(Role.CLINICIAN).stream()
                .filter(s -> !s.id().equals(clinician.id())).findFirst().orElseThrow();
        mvc.perform(get("/api/v1/clients/{id}/measures/phq9/trend", client).with(as(other, Role.CLINICIAN)))
                .andExpect(status().isForbidden());
        String to = mvc.perform(get("/clients/{id}/measure-trends", client).with(as(other, Role.CLINICIAN)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).contains("/break-glass");
        mvc.perform(get("/api/v1/clients/{id}/measures/nope/trend", client).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clients/{id}/measures/bam/trend", client).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClientWithoutScoresSaysSoAndTheSectionIsOnTheChartsFirstScreen() throws Exception {
        String panel = mvc.perform(get("/clients/{id}/measure-trends", client).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("No scores yet.");

        String chart = mvc.perform(get("/clients/{id}", client).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("Scores over time");
        assertThat(chart.indexOf("Scores over time")).isLessThan(chart.indexOf("Screening and measures"));
    }

    private long audits() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'VIEW'").param(client)
                .query(Long.class).single();
    }
}
