package org.stepwise.notes.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * The pages of a new note and of its draft as a clinician uses them: the program's format with the template's prompts,
 * the plan carried forward, the draft linked to one of the client's objectives, a session's note, and edits that never
 * overwrite someone else's unseen nor lose what was typed.
 */
@StepwiseTest
@AutoConfigureMockMvc
class IndividualNotePagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired SessionPlanning planning;
    @Autowired Bookings bookings;

    @Test
    void theFormFollowsTheProgramsFormatWithTheTemplatesPromptsAndCarriesThePlanForward() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "BIRP");
        NoteFixtures.Admitted a = f.admit("Carryforth", "F33.1");
        f.signedNote(a, clinician().id(), f.today().minusDays(7),
                "{\"data\": \"Talked\", \"plan\": \"Keep a thought record daily & review next week\"}");

        String page = mvc.perform(get("/clients/{id}/notes/new", a.client().value()).param("kind", "INDIVIDUAL")
                        .with(SignedIn.as(clinician())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Behavior", "Intervention", "Response", "Plan").doesNotContain(">Data<")
                .contains("What you did: the modality and techniques")
                .contains("Keep a thought record daily &amp; review next week")
                .contains("Carried forward from the plan of the last note (Individual session, "
                        + f.today().minusDays(7) + ", by ")
                .doesNotContain("42 CFR Part 2");
    }

    @Test
    void aDraftIsSavedOnceLinkedToTheClientsObjectiveAndOpensForEditing() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "DAP");
        NoteFixtures.Admitted a = f.admit("Draftwell", "F41.1");
        UUID objective = f.objectives(a, "Uses two coping skills when anxious").getFirst();
        UUID noteId = UUID.randomUUID();
        MockHttpServletRequestBuilder create = post("/clients/{id}/notes", a.client().value()).with(csrf())
                .with(SignedIn.as(clinician())).param("noteId", noteId.toString()).param("kind", "INDIVIDUAL")
                .param("objectiveId", objective.toString()).param("serviceDate", f.today().toString())
                .param("endedAt", "00:00").param("sections.data", "Reported fewer panic episodes.")
                .param("sections.assessment", "Progressing.").param("sections.plan", "Practise box breathing.");

        mvc.perform(create).andExpect(status().is3xxRedirection());
        mvc.perform(create).andExpect(status().is3xxRedirection()); // a double click makes one note

        assertThat(count("SELECT count(*) FROM clinical_note WHERE client_id = ?", a.client().value())).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("SELECT kind, format, status, objective_id, part2, sections->>'plan' AS plan "
                + "FROM clinical_note WHERE id = ?").param(noteId).query().singleRow();
        assertThat(row).containsEntry("kind", "INDIVIDUAL").containsEntry("format", "DAP")
                .containsEntry("status", "DRAFT").containsEntry("objective_id", objective)
                .containsEntry("part2", false).containsEntry("plan", "Practise box breathing.");
        String edit = mvc.perform(get("/notes/{id}/edit", noteId).with(SignedIn.as(clinician())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("Reported fewer panic episodes.", "Open the note to sign it", "/notes/" + noteId + "\"");
    }

    @Test
    void aNoteWithoutItsObjectiveOrWithAnotherClientsIsRefusedAndTheTypedTextKept() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "DAP");
        NoteFixtures.Admitted a = f.admit("Objectless", "F41.1");
        NoteFixtures.Admitted other = f.admit("Otherplan", "F41.1");
        f.objectives(a, "Sleeps seven hours");
        UUID theirs = f.objectives(other, "Not yours").getFirst();

        for (String objective : List.of("", theirs.toString(), "not-an-id")) {
            String page = mvc.perform(post("/clients/{id}/notes", a.client().value()).with(csrf())
                            .with(SignedIn.as(clinician())).param("kind", "INDIVIDUAL").param("objectiveId", objective)
                            .param("serviceDate", f.today().toString()).param("endedAt", "00:00")
                            .param("sections.data", "Typed with care"))
                    .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Typed with care").containsAnyOf("Choose the objective of the client",
                    "Choose one of this client");
        }
        assertThat(count("SELECT count(*) FROM clinical_note WHERE client_id = ?", a.client().value())).isZero();
    }

    @Test
    void aSessionsNoteTakesItsKindAndTimeFromTheSessionAndIsStartedOnce() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "SOAP");
        NoteFixtures.Admitted a = f.admit("Sessional", "F33.1");
        f.objectives(a, "Attends every family session");
        UUID objective = f.objectives(a, "Names one support at home").getFirst();
        SessionId session = f.session(planning, bookings, "FAMILY", f.today().minusDays(1).atTime(15, 0),
                clinician().id(), a);

        String page = mvc.perform(get("/clients/{id}/notes/new", a.client().value())
                        .param("session", session.toString()).with(SignedIn.as(clinician())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("New family session note", "Subjective", "Present: ")
                .doesNotContain("name=\"serviceDate\"");

        mvc.perform(post("/clients/{id}/notes", a.client().value()).with(csrf()).with(SignedIn.as(clinician()))
                        .param("session", session.toString()).param("objectiveId", objective.toString())
                        .param("sections.subjective", "Present: mother, sister."))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> row = jdbc.sql("SELECT id, kind, service_date FROM clinical_note WHERE session_id = ?")
                .param(session.value()).query().singleRow();
        assertThat(row).containsEntry("kind", "FAMILY").containsEntry("service_date",
                java.sql.Date.valueOf(f.today().minusDays(1)));
        mvc.perform(get("/clients/{id}/notes/new", a.client().value()).param("session", session.toString())
                        .with(SignedIn.as(clinician())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/notes/" + row.get("id") + "/edit"));
    }

    @Test
    void medicationNotesAreThePrescribersOwn() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "DAP");
        NoteFixtures.Admitted a = f.admit("Medicated", "F31.81");

        mvc.perform(get("/clients/{id}/notes/new", a.client().value()).param("kind", "MEDICATION")
                .with(SignedIn.as(clinician()))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/clients/{id}/notes/new", a.client().value()).param("kind", "MEDICATION")
                        .with(SignedIn.as(SignedIn.demoAccount(staff, Role.PRESCRIBER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Medications reviewed", "Adherence", "Side effects", "None reported.", "Changes");
    }

    @Test
    void aSecondSaveOfTheSameVersionIsAConflictThatKeepsTheTypedTextAndShowsTheSavedOne() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "DAP");
        NoteFixtures.Admitted a = f.admit("Twowindows", "F33.1");
        UUID note = draft(f, a);

        mvc.perform(edit(note, 0, f, "First window's text")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(edit(note, 0, f, "Second window's text"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Second window&#39;s text", "First window&#39;s text", "version 1");
        assertThat(sections(note)).contains("First window's text").doesNotContain("Second");
        mvc.perform(edit(note, 1, f, "Second window's text")).andExpect(status().is3xxRedirection());
        assertThat(sections(note)).contains("Second window's text");
    }

    @Test
    void aSignedNoteIsNeitherOpenedForEditingNorChangedByAPost() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "DAP");
        NoteFixtures.Admitted a = f.admit("Finalised", "F33.1");
        UUID note = draft(f, a);
        f.sign(note);
        String before = sections(note);

        assertThat(mvc.perform(get("/notes/{id}/edit", note).with(SignedIn.as(clinician())))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                .contains("This note is signed: add an addendum");
        mvc.perform(edit(note, 1, f, "Rewritten after signing")).andExpect(status().isConflict());

        assertThat(sections(note)).isEqualTo(before);
    }

    @Test
    void onlyTheAuthorEditsADraft() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "DAP");
        NoteFixtures.Admitted a = f.admit("Authored", "F33.1");
        UUID note = draft(f, a);
        StaffMember colleague = staff.activeWithRole(Role.CLINICIAN).stream()
                .filter(m -> !m.id().equals(clinician().id())).findFirst().orElseThrow();

        mvc.perform(get("/notes/{id}/edit", note).with(SignedIn.as(colleague))).andExpect(status().isForbidden());
    }

    private UUID draft(NoteFixtures f, NoteFixtures.Admitted a) throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/clients/{id}/notes", a.client().value()).with(csrf()).with(SignedIn.as(clinician()))
                        .param("noteId", id.toString()).param("kind", "INDIVIDUAL")
                        .param("serviceDate", f.today().toString()).param("endedAt", "00:00")
                        .param("sections.data", "First draft"))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private MockHttpServletRequestBuilder edit(UUID note, int version, NoteFixtures f, String data) {
        return post("/notes/{id}/edit", note).with(csrf()).with(SignedIn.as(clinician()))
                .param("version", String.valueOf(version)).param("serviceDate", f.today().toString())
                .param("endedAt", "00:00").param("sections.data", data);
    }

    private String sections(UUID note) {
        return jdbc.sql("SELECT sections::text FROM clinical_note WHERE id = ?").param(note).query(String.class).single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private StaffMember clinician() {
        return SignedIn.demoAccount(staff, Role.CLINICIAN);
    }
}
