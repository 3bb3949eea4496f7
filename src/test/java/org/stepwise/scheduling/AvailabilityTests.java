package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.TrackPeriod;

/** A client's availability: the chart's form and the API, with optimistic locking and idempotent repeats. */
@StepwiseTest
@AutoConfigureMockMvc
class AvailabilityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Admissions admissions;

    @Autowired
    SessionPlanning planning;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Availabilities availabilities;

    ScheduleFixtures fixtures;
    ClientId client;
    EpisodeId episode;

    @BeforeEach
    void setUp() {
        fixtures = new ScheduleFixtures(jdbc, clock, admissions, planning, staff);
        TrackId track = fixtures.track(TrackPeriod.EVENING);
        client = fixtures.client("Available");
        episode = fixtures.admit(client, track);
    }

    MockHttpServletRequestBuilder form() {
        return post("/clients/" + client + "/availability").with(csrf())
                .with(SignedIn.as(staff, Role.CASE_MANAGER))
                .param("weekdays", "1", "3", "4").param("dayPart", "EVENING")
                .param("blockedWeekday", "2", "").param("blockedFrom", "09:00", "").param("blockedTo", "17:00", "")
                .param("blockedReason", "works", "").param("medicationEveryWeeks", "4");
    }

    @Test
    void theFormSavesDaysDayPartBlockedHoursAndFrequencies() throws Exception {
        StaffId preferred = fixtures.facilitator();
        mvc.perform(form().param("preferredStaff", preferred.value().toString()))
                .andExpect(redirectedUrl("/clients/" + client + "/availability"));
        Availability saved = availabilities.of(episode).orElseThrow();
        assertThat(saved.weekdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY);
        assertThat(saved.dayPart()).isEqualTo(DayPart.EVENING);
        assertThat(saved.blocked()).containsExactly(new Availability.BlockedTime(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                LocalTime.of(17, 0), "works"));
        assertThat(saved.medicationEveryWeeks()).isEqualTo(4);
        assertThat(saved.individualEveryWeeks()).isNull();
        assertThat(saved.preferredStaff()).containsExactly(preferred);
        mvc.perform(get("/clients/" + client + "/availability")
                        .with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"works\"")))
                .andExpect(content().string(not(containsString("Save availability"))))
                .andExpect(content().string(not(containsString("??"))));
        assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'availability' "
                + "AND action = 'UPDATE'", client.value())).isEqualTo(1);
    }

    @Test
    void mistakesAreShownBesideTheirFieldsAndNothingIsSaved() throws Exception {
        mvc.perform(post("/clients/" + client + "/availability").with(csrf())
                        .with(SignedIn.as(staff, Role.CASE_MANAGER))
                        .param("dayPart", "NIGHT")
                        .param("blockedWeekday", "2", "").param("blockedFrom", "17:00", "").param("blockedTo", "09:00", "")
                        .param("blockedReason", "works", "").param("familyEveryWeeks", "12"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"dayPart-error\"")));
        mvc.perform(post("/clients/" + client + "/availability").with(csrf())
                        .with(SignedIn.as(staff, Role.CASE_MANAGER))
                        .param("dayPart", "DAY")
                        .param("blockedWeekday", "2", "").param("blockedFrom", "17:00", "").param("blockedTo", "09:00", "")
                        .param("blockedReason", "works", "").param("familyEveryWeeks", "12"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"weekdays-error\"")))
                .andExpect(content().string(containsString("id=\"blocked-error\"")))
                .andExpect(content().string(containsString("id=\"familyEveryWeeks-error\"")));
        assertThat(availabilities.of(episode)).isEmpty();
    }

    @Test
    void aSecondFirstRecordOrAStaleVersionIsAConflictButTheSameAvailabilityAgainIsQuiet() throws Exception {
        mvc.perform(form()).andExpect(status().is3xxRedirection());
        mvc.perform(form()).andExpect(status().is3xxRedirection()); // a repeat of what is saved
        mvc.perform(form().param("individualEveryWeeks", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already recorded")))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(form().param("individualEveryWeeks", "1").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form().param("individualEveryWeeks", "2").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this client&#39;s availability")));
        assertThat(availabilities.of(episode).orElseThrow().individualEveryWeeks()).isEqualTo(1);
    }

    @Test
    void theApiReadsAndReplacesTheAvailabilityOfAnEpisode() throws Exception {
        mvc.perform(get("/api/v1/episodes/" + episode + "/availability")
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("the client can come any time")));
        String body = """
                {"weekdays":[2,4],"dayPart":"evening","blocked":[{"weekday":2,"from":"08:00","to":"17:30","reason":"school run"}],
                 "familyEveryWeeks":2}""";
        mvc.perform(put("/api/v1/episodes/" + episode + "/availability").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(csrf()).with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weekdays[0]").value(2))
                .andExpect(jsonPath("$.dayPart").value("EVENING"))
                .andExpect(jsonPath("$.blocked[0].from").value("08:00"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(put("/api/v1/episodes/" + episode + "/availability").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"familyEveryWeeks\":2", "\"familyEveryWeeks\":3"))
                        .with(csrf()).with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/episodes/" + episode + "/availability").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"familyEveryWeeks\":2", "\"familyEveryWeeks\":3,\"version\":0"))
                        .with(csrf()).with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familyEveryWeeks").value(3))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/episodes/" + episode + "/availability").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weekdays\":[9],\"dayPart\":\"DAY\",\"blocked\":[{\"weekday\":1,\"from\":\"nine\",\"to\":\"17:00\",\"reason\":\"x\"}],\"version\":1}")
                        .with(csrf()).with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'weekdays')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'blocked[0]')]").exists());
        mvc.perform(get("/api/v1/episodes/" + episode + "/availability")
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.blocked[0].reason").value("school run"))
                .andExpect(jsonPath("$.familyEveryWeeks").value(3));
    }
}
