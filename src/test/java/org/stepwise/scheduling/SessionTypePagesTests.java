package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.TrackPeriod;

/** The session types page and a planner's edit: caps by category, optimistic locking, types in use. */
@StepwiseTest
@AutoConfigureMockMvc
class SessionTypePagesTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionTypes types;

    @Autowired
    TrackTemplates templates;

    @Autowired
    Admissions admissions;

    @Autowired
    SessionPlanning planning;

    @Autowired
    StaffDirectory staff;

    @Autowired
    java.time.Clock clock;

    /** A type of the tests' own, so that editing it changes nothing the demo clinic or other tests rely on. */
    UUID type(String category, int cap) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO session_type (id, code, name, category, duration_minutes, counts_toward_hours, counted_hours,
                    modality, cap) VALUES (?, ?, ?, ?, 50, TRUE, 1.0, 'IN_PERSON', ?)""")
                .params(id, "TEST_" + NEXT.incrementAndGet() + "_" + id.toString().substring(0, 4).toUpperCase(),
                        "Test " + category.toLowerCase(), category, cap)
                .update();
        return id;
    }

    MockHttpServletRequestBuilder save(UUID id, int version, String cap, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("version", String.valueOf(version));
        fields.put("name", "Process group");
        fields.put("minutes", "50");
        fields.put("countsTowardHours", "true");
        fields.put("countedHours", "1.0");
        fields.put("modality", "IN_PERSON");
        fields.put("billingCode", "90853");
        fields.put("cap", cap);
        fields.put("active", "true");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/schedule/session-types/" + id).with(csrf())
                .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR));
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theListShowsEveryTypeWithItsCapAndHours() throws Exception {
        mvc.perform(get("/schedule/session-types").with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Medication management")))
                .andExpect(content().string(containsString("Alumni support group")))
                .andExpect(content().string(containsString("Does not count")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aPlannerChangesAGroupTypesCapAndBillingCode() throws Exception {
        UUID id = type("GROUP_THERAPY", 12);
        mvc.perform(get("/schedule/session-types/" + id + "/edit")
                        .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(save(id, 0, "8")).andExpect(redirectedUrl("/schedule/session-types"));
        mvc.perform(save(id, 0, "8")).andExpect(redirectedUrl("/schedule/session-types")); // the same again
        SessionType saved = types.get(id);
        assertThat(saved.cap()).isEqualTo(8);
        assertThat(saved.billingCode()).isEqualTo("90853");
        assertThat(saved.name()).isEqualTo("Process group");
        assertThat(saved.version()).isEqualTo(1);
    }

    @Test
    void individualSessionsStayAtOneAndAStaleEditIsAConflict() throws Exception {
        UUID id = type("INDIVIDUAL_THERAPY", 1);
        mvc.perform(save(id, 0, "3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"cap-error\"")))
                .andExpect(content().string(containsString("the cap stays 1")));
        mvc.perform(save(id, 0, "1")).andExpect(status().is3xxRedirection());
        mvc.perform(save(id, 0, "1", "minutes", "60"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this session type")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(types.get(id).minutes()).isEqualTo(50);
        mvc.perform(save(id, 1, "one"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter a whole number.")));
    }

    @Test
    void aTypeUsedByAnActiveBlockIsNotDeactivated() throws Exception {
        UUID id = type("SKILLS_GROUP", 12);
        ScheduleFixtures fixtures = new ScheduleFixtures(jdbc, clock, admissions, planning, staff);
        TrackId track = fixtures.track(TrackPeriod.DAY);
        SignedIn.signIn(staff, Role.PROGRAM_DIRECTOR);
        try {
            templates.addBlock(track, new BlockDetails(2, LocalTime.of(9, 0), id, fixtures.room(track, 12).value(),
                    fixtures.facilitator().value(), null, true));
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(save(id, 0, "12", "active", "false"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("1 active template block uses this type")));
        assertThat(types.get(id).active()).isTrue();
    }
}
