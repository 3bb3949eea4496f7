package org.stepwise.notes.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.printing.PdfText;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Part 2 segmentation as a clinician meets it (the marker on the form, the note's {@code part2}, counseling notes only
 * in Part 2 records) and the PDF of a note: its sections, signatures, addenda, late entry, the redisclosure notice
 * for a Part 2 record only, and an audited print.
 */
@StepwiseTest
@AutoConfigureMockMvc
class NotePdfAndPart2Tests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;

    @Test
    void aSubstanceUseDiagnosisMakesANoteOfAMentalHealthProgramAPart2Record() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "DAP");
        NoteFixtures.Admitted alcohol = f.admit("Drinkwater", "F10.20");
        NoteFixtures.Admitted depression = f.admit("Lowmood", "F33.1");

        assertThat(form(alcohol)).contains("42 CFR Part 2", "This is an SUD counseling note");
        assertThat(form(depression)).doesNotContain("42 CFR Part 2").doesNotContain("SUD counseling note");
        UUID counseling = create(f, alcohol, true);
        assertThat(jdbc.sql("SELECT part2 AND sud_counseling FROM clinical_note WHERE id = ?").param(counseling)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(post("/clients/{id}/notes", depression.client().value()).with(csrf()).with(SignedIn.as(clinician()))
                        .param("kind", "INDIVIDUAL").param("sudCounseling", "on").param("serviceDate", f.today().toString())
                        .param("endedAt", "00:00").param("sections.data", "Talked"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void thePdfOfASignedPart2NoteHasItsTextSignaturesAddendaAndTheNoticeAndIsAudited() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.CO_OCCURRING, "DAP");
        NoteFixtures.Admitted a = f.admit("Printable", "F33.1");
        UUID objective = f.objectives(a, "Names three triggers & a plan for each").getFirst();
        UUID note = UUID.randomUUID();
        mvc.perform(post("/clients/{id}/notes", a.client().value()).with(csrf()).with(SignedIn.as(clinician()))
                        .param("noteId", note.toString()).param("kind", "INDIVIDUAL")
                        .param("objectiveId", objective.toString()).param("serviceDate", f.today().toString())
                        .param("endedAt", "00:00").param("sections.data", "Dose < 8 mg & stable")
                        .param("sections.plan", "Review triggers next week"))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("UPDATE clinical_note SET status = 'SIGNED', signed_at = now(), content_hash = ?, late_entry = TRUE "
                + "WHERE id = ?").params("d".repeat(64), note).update();
        jdbc.sql("""
                INSERT INTO note_signature (id, note_id, signer_id, signer_name, credential, capacity, signed_at,
                    content_hash) VALUES (?, ?, ?, 'Casey Clinician', 'LCSW', 'AUTHOR', now(), ?)""")
                .params(UUID.randomUUID(), note, clinician().id().value(), "d".repeat(64)).update();
        jdbc.sql("""
                INSERT INTO note_addendum (id, note_id, author_id, author_name, text, created_at)
                VALUES (?, ?, ?, 'Casey Clinician', 'Client called later to say she is safe.', now())""")
                .params(UUID.randomUUID(), note, clinician().id().value()).update();

        byte[] pdf = mvc.perform(get("/notes/{id}/pdf", note).with(SignedIn.as(clinician())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".pdf")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = PdfText.of(pdf);
        assertThat(text).contains("Individual session note", "Robin Printable", "Dose < 8 mg & stable",
                "Review triggers next week", "Names three triggers & a plan for each", "Casey Clinician", "LCSW",
                "d".repeat(64), "Client called later to say she is safe.", "Late entry", "42 CFR Part 2",
                "Printed by").containsIgnoringCase("42 CFR part 2");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'PRINT' AND detail LIKE ?")
                .params(a.client().value(), "%" + note + "%redisclosure notice%").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void thePdfOfANoteThatIsNotAPart2RecordHasNoNotice() throws Exception {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.MENTAL_HEALTH, "BIRP");
        NoteFixtures.Admitted a = f.admit("Plainprint", "F41.1");
        UUID note = create(f, a, false);

        String text = PdfText.of(mvc.perform(get("/notes/{id}/pdf", note).with(SignedIn.as(clinician())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());

        assertThat(text).contains("DRAFT: not signed", "Behavior", "Talked about the week", "Not signed.")
                .doesNotContainIgnoringCase("42 CFR part 2");
        mvc.perform(get("/notes/{id}/pdf", UUID.randomUUID()).with(SignedIn.as(clinician())))
                .andExpect(status().isNotFound());
    }

    private UUID create(NoteFixtures f, NoteFixtures.Admitted a, boolean counseling) throws Exception {
        UUID id = UUID.randomUUID();
        // the program's layout decides which of the two sections is kept; the other is refused as unknown
        String format = jdbc.sql("SELECT note_format FROM program p JOIN episode e ON e.program_id = p.id "
                + "WHERE e.id = ?").param(a.episode().value()).query(String.class).single();
        var request = post("/clients/{id}/notes", a.client().value()).with(csrf()).with(SignedIn.as(clinician()))
                .param("noteId", id.toString()).param("kind", "INDIVIDUAL").param("serviceDate", f.today().toString())
                .param("endedAt", "00:00").param(format.equals("BIRP") ? "sections.behavior" : "sections.data",
                        "Talked about the week");
        if (counseling) {
            request.param("sudCounseling", "on");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return id;
    }

    private String form(NoteFixtures.Admitted a) throws Exception {
        return mvc.perform(get("/clients/{id}/notes/new", a.client().value()).param("kind", "INDIVIDUAL")
                .with(SignedIn.as(clinician()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private StaffMember clinician() {
        return SignedIn.demoAccount(staff, Role.CLINICIAN);
    }
}
