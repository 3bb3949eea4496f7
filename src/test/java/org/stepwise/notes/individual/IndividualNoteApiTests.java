package org.stepwise.notes.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
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
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Drafts through the API: start one, replace it under its version, and a signed note that no call can change. */
@StepwiseTest
@AutoConfigureMockMvc
class IndividualNoteApiTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;

    @Test
    void aDraftIsStartedOnceAndReplacedUnderItsVersion() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.SUBSTANCE_USE, "SOAP");
        NoteFixtures.Admitted a = f.admit("Apiary", "F11.20");
        UUID objective = f.objectives(a, "Attends four groups a week").getFirst();
        UUID id = UUID.randomUUID();
        String body = """
                {"id": "%s", "kind": "INDIVIDUAL", "objectiveId": "%s", "serviceDate": "%s", "endedAt": "00:00",
                 "sudCounseling": true, "sections": {"subjective": "Cravings at night", "plan": "Call sponsor"}}"""
                .formatted(id, objective, f.today());

        for (int i = 0; i < 2; i++) {
            mvc.perform(api(post("/api/v1/clients/{id}/notes", a.client().value()), body))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.id").value(id.toString()))
                    .andExpect(jsonPath("$.format").value("SOAP"))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.part2").value(true))
                    .andExpect(jsonPath("$.sudCounseling").value(true))
                    .andExpect(jsonPath("$.sections.subjective").value("Cravings at night"))
                    .andExpect(jsonPath("$.sections.objective").value(""))
                    .andExpect(jsonPath("$.version").value(0));
        }
        assertThat(count(a)).isEqualTo(1);

        String update = """
                {"version": 0, "objectiveId": "%s", "serviceDate": "%s", "endedAt": "00:00",
                 "sections": {"subjective": "Cravings only once", "assessment": "Improving"}}"""
                .formatted(objective, f.today());
        mvc.perform(api(put("/api/v1/notes/{id}", id), update)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.sudCounseling").value(false))
                .andExpect(jsonPath("$.sections.plan").value(""));
        mvc.perform(api(put("/api/v1/notes/{id}", id), update)).andExpect(status().isOk()) // a retry changes nothing
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(api(put("/api/v1/notes/{id}", id), update.replace("only once", "twice")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.version").value(1))
                .andExpect(jsonPath("$.current.sections.subjective").value("Cravings only once"));
    }

    @Test
    void aSignedNoteIsRefusedWith409AndNothingChanges() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "DAP");
        NoteFixtures.Admitted a = f.admit("Sealed", "F33.1");
        UUID id = UUID.randomUUID();
        mvc.perform(api(post("/api/v1/clients/{id}/notes", a.client().value()), """
                {"id": "%s", "kind": "FAMILY", "serviceDate": "%s", "endedAt": "00:00",
                 "sections": {"data": "As signed"}}""".formatted(id, f.today()))).andExpect(status().isCreated());
        f.sign(id);
        Map<String, Object> before = jdbc.sql("SELECT sections::text, version, status, updated_at FROM clinical_note "
                + "WHERE id = ?").param(id).query().singleRow();

        mvc.perform(api(put("/api/v1/notes/{id}", id), """
                        {"version": 1, "serviceDate": "%s", "endedAt": "00:00", "sections": {"data": "Rewritten"}}"""
                        .formatted(f.today())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Signed: add an addendum"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("signed: add an addendum")));

        assertThat(jdbc.sql("SELECT sections::text, version, status, updated_at FROM clinical_note WHERE id = ?")
                .param(id).query().singleRow()).isEqualTo(before);
    }

    @Test
    void badDraftsAreRefusedFieldByFieldAndStoreNothing() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "DAP");
        NoteFixtures.Admitted a = f.admit("Refusable", "F33.1");

        mvc.perform(api(post("/api/v1/clients/{id}/notes", a.client().value()), """
                        {"kind": "INDIVIDUAL", "serviceDate": "%s", "endedAt": "23:61", "sudCounseling": true,
                         "sections": {"data": "<img src=x onerror=alert(1)>", "mood": "fine", "plan": "%s"}}"""
                        .formatted(f.today(), "x".repeat(4001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'sections.data')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("plain text"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'sections.plan')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("the limit is 4000"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'sections')].message").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("no section 'mood'"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'sudCounseling')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'endedAt')]").isNotEmpty());
        mvc.perform(api(post("/api/v1/clients/{id}/notes", a.client().value()), """
                        {"kind": "INDIVIDUAL", "serviceDate": "%s", "endedAt": "00:00", "sections": {"data": "Fine"}}"""
                        .formatted(f.today().plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endedAt"));
        mvc.perform(api(post("/api/v1/clients/{id}/notes", a.client().value()), """
                        {"kind": "GROUP", "sections": {"data": "Fine"}}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));

        assertThat(count(a)).isZero();
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String body) {
        StaffMember clinician = SignedIn.demoAccount(staff, Role.CLINICIAN);
        return request.with(csrf()).with(SignedIn.as(clinician)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long count(NoteFixtures.Admitted a) {
        return jdbc.sql("SELECT count(*) FROM clinical_note WHERE client_id = ?").param(a.client().value())
                .query(Long.class).single();
    }
}
