package org.stepwise.notes.individual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.consents.ConsentRules;
import org.stepwise.consents.Consents;
import org.stepwise.consents.DisclosurePurpose;
import org.stepwise.consents.DisclosureRecipient;
import org.stepwise.consents.Disclosures;
import org.stepwise.consents.NewConsent;
import org.stepwise.episodes.Admissions;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * A disclosure of a client's notes, checked with the category each note is disclosed as: an SUD counseling note needs
 * the client's consent that names counseling notes; any other Part 2 note needs a Part 2 consent naming its category.
 */
@StepwiseTest
class NoteDisclosureTests {

    static final DisclosureRecipient DOCTOR = new DisclosureRecipient("Dr. Ana Lopez", null);

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Consents consents;
    @Autowired Disclosures disclosures;

    @Test
    void aCounselingNoteNeedsItsOwnConsentAndAProgressNoteAPart2ConsentNamingProgressNotes() {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.SUBSTANCE_USE, "DAP");
        NoteFixtures.Admitted a = f.admit("Disclosed", "F11.20");
        LocalDate today = LocalDate.now(clock);
        Set<org.stepwise.consents.InformationCategory> counselingNote = Set.of(NoteCategories.of("INDIVIDUAL", true));
        Set<org.stepwise.consents.InformationCategory> progressNote = Set.of(NoteCategories.of("INDIVIDUAL", false));

        sign(a, List.of("PROGRESS_NOTES", "DIAGNOSIS"));
        assertThat(disclosures.check(a.client(), DOCTOR, DisclosurePurpose.TREATMENT, progressNote, today).permitted())
                .isTrue();
        assertThat(disclosures.check(a.client(), DOCTOR, DisclosurePurpose.TREATMENT, counselingNote, today)
                .permitted()).isFalse();

        sign(a, List.of("SUD_COUNSELING_NOTES"));
        assertThat(disclosures.check(a.client(), DOCTOR, DisclosurePurpose.TREATMENT, counselingNote, today)
                .permitted()).isTrue();
    }

    @Test
    void theDatabaseRefusesACounselingNotesConsentThatNamesMore() {
        NoteFixtures f = new NoteFixtures(jdbc, clock, staff, admissions, ProgramKind.SUBSTANCE_USE, "DAP");
        NoteFixtures.Admitted a = f.admit("Combined", "F11.20");
        java.util.UUID id = sign(a, List.of("SUD_COUNSELING_NOTES")).value();

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO consent (id, client_id, kind, patient_name, discloser, categories, recipient_names,
                    purposes, revocation_statement, expiry_event, signer, signer_name, signed_at, signed_on,
                    witnessed_by, content_hash)
                SELECT gen_random_uuid(), client_id, kind, patient_name, discloser,
                       ARRAY['SUD_COUNSELING_NOTES', 'DIAGNOSIS'], recipient_names, purposes, revocation_statement,
                       'discharge', signer, signer_name, signed_at, signed_on, witnessed_by, content_hash
                FROM consent WHERE id = ?""").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("consent_counseling_notes_alone");
    }

    private org.stepwise.consents.ConsentId sign(NoteFixtures.Admitted a, List<String> categories) {
        NewConsent consent = new NewConsent(null, "PART2", null, "Zz notes program", categories, null,
                List.of("Dr. Ana Lopez"), List.of(), List.of("TREATMENT"), null, ConsentRules.DEFAULT_REVOCATION_STATEMENT,
                null, "Discharge from the program", "CLIENT", "Robin " + familyOf(a), null, true);
        return SignedIn.as(staff, Role.CLINICIAN, () -> consents.sign(a.client(), consent)).consent().id();
    }

    private String familyOf(NoteFixtures.Admitted a) {
        return jdbc.sql("SELECT family_name FROM client WHERE id = ?").param(a.client().value()).query(String.class)
                .single();
    }
}
