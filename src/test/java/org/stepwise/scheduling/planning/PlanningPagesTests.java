package org.stepwise.scheduling.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.ScheduleFixtures;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** The director plans a week from the pages and the API: start, watch, read the shortfalls, accept. */
@StepwiseTest
@AutoConfigureMockMvc
class PlanningPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WeekPlanning planning;

    @Autowired
    SessionPlanning sessions;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theDirectorStartsARunWatchesItAndPublishesThePlan() throws Exception {
        IsoWeek week = IsoWeek.containing(LocalDate.now(clock)).next().next();
        PlanningClinic clinic = new PlanningClinic(jdbc, clock).groups(week, 12, sessions);
        clinic.client("Paged", PlanningClinic.DAYS);
        var director = SignedIn.as(staff, Role.PROGRAM_DIRECTOR);

        mvc.perform(get("/schedule/weeks/" + week + "/plan").with(director))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Run the optimizer")));
        String location = mvc.perform(post("/schedule/weeks/" + week + "/plan").with(csrf()).with(director)
                        .param("site", clinic.site.toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/schedule/runs/");
        UUID run = UUID.fromString(location.substring("/schedule/runs/".length()));
        planning.await(run);

        mvc.perform(get(location).with(director))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ready to review")))
                .andExpect(content().string(Matchers.containsString("1 of 1 (100%)")))
                .andExpect(content().string(Matchers.containsString("Every client meets every target.")));
        int version = planning.view(run).version();
        mvc.perform(post(location + "/accept").with(csrf()).with(director).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(director))
                .andExpect(content().string(Matchers.containsString("Accepted and published")));
        assertThat(clinic.count("SELECT count(*) FROM booking b JOIN session s ON s.id = b.session_id "
                + "WHERE s.site_id = ? AND b.status = 'BOOKED'", clinic.site)).isGreaterThanOrEqualTo(9);
    }

    @Test
    void theApiRefusesAWeekThatIsNotAWeekAndAStaleDecision() throws Exception {
        var director = SignedIn.as(staff, Role.PROGRAM_DIRECTOR);
        mvc.perform(post("/api/v1/schedule/weeks/2026-W99/runs").with(director).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("weeks 1 to 53")));

        IsoWeek week = IsoWeek.containing(LocalDate.now(clock)).next().next().next();
        PlanningClinic clinic = new PlanningClinic(jdbc, clock).groups(week, 12, sessions);
        clinic.client("Api", PlanningClinic.DAYS);
        String body = mvc.perform(post("/api/v1/schedule/weeks/" + week + "/runs").with(director)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":\"" + clinic.site + "\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.week").value(week.toString()))
                .andReturn().getResponse().getContentAsString();
        UUID run = UUID.fromString(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        planning.await(run);
        int version = planning.view(run).version();

        mvc.perform(post("/api/v1/schedule/runs/" + run + "/accept").with(director)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + (version - 1) + "}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/schedule/runs/" + run + "/accept").with(director)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
    }
}
