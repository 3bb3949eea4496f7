package org.stepwise.consents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.consents.InformationCategory.DIAGNOSIS;
import static org.stepwise.consents.InformationCategory.PROGRESS_NOTES;
import static org.stepwise.consents.InformationCategory.SUD_COUNSELING_NOTES;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.shared.InvalidRequestException;

/**
 * SUD counseling notes (42 CFR 2.31(b) as amended in 2024): a consent of their own, naming no other kind of
 * information, and only that consent permits disclosing them; other Part 2 notes need a Part 2 consent naming them.
 */
class CounselingNotesConsentTests {

    static final DisclosureRecipient DR_LOPEZ = new DisclosureRecipient("Dr. Ana Lopez", null);

    @Test
    void aConsentForCounselingNotesNamesNoOtherKindOfInformation() {
        assertThatThrownBy(() -> ConsentRules.terms(part2(List.of("SUD_COUNSELING_NOTES", "DIAGNOSIS")),
                Fixtures.SIGNING))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("categories", "A consent to disclose SUD counseling notes names no other kind "
                                + "of information (42 CFR 2.31(b)): untick the other kinds and sign a separate consent "
                                + "for them."));
        assertThat(ConsentRules.terms(part2(List.of("SUD_COUNSELING_NOTES")), Fixtures.SIGNING).categories())
                .containsExactly(SUD_COUNSELING_NOTES);
    }

    @Test
    void onlyAPart2ConsentMayNameCounselingNotes() {
        NewConsent h = Fixtures.hipaa();
        NewConsent hipaa = new NewConsent(h.id(), h.kind(), h.scope(), h.discloser(), List.of("SUD_COUNSELING_NOTES"),
                h.informationDetail(), h.recipientNames(), h.recipientClasses(), h.purposes(), h.purposeDescription(),
                h.revocationStatement(), h.expiresOn(), h.expiryEvent(), h.signer(), h.signerName(),
                h.representativeAuthority(), h.agreed());
        assertThatThrownBy(() -> ConsentRules.terms(hipaa, Fixtures.SIGNING))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors().get("categories"))
                        .contains("only a Part 2 consent may name them"));
    }

    @Test
    void disclosingACounselingNoteNeedsTheConsentThatNamesIt() {
        Consent progressNotes = Fixtures.signed(part2(List.of("PROGRESS_NOTES", "DIAGNOSIS")), null);
        Consent counselingNotes = Fixtures.signed(part2(List.of("SUD_COUNSELING_NOTES")), null);

        DisclosureDecision withoutIt = decide(List.of(progressNotes), Set.of(SUD_COUNSELING_NOTES));
        assertThat(withoutIt.permitted()).isFalse();
        assertThat(withoutIt.reason()).contains("does not cover: SUD counseling notes");
        assertThat(decide(List.of(progressNotes, counselingNotes), Set.of(SUD_COUNSELING_NOTES)).consent())
                .isEqualTo(counselingNotes.id());
        assertThat(decide(List.of(counselingNotes), Set.of(SUD_COUNSELING_NOTES)).permitted()).isTrue();
        DisclosureDecision together = decide(List.of(progressNotes, counselingNotes),
                Set.of(SUD_COUNSELING_NOTES, DIAGNOSIS));
        assertThat(together.permitted()).isFalse();
        assertThat(together.reason()).contains("disclose them separately");
    }

    @Test
    void counselingNotesAreAlwaysPart2RecordsWhateverTheCallerSays() {
        NewConsent h = Fixtures.hipaa();
        Consent hipaa = Fixtures.signed(new NewConsent(h.id(), h.kind(), h.scope(), h.discloser(),
                List.of("PROGRESS_NOTES"), h.informationDetail(), List.of("Dr. Ana Lopez"), h.recipientClasses(),
                List.of("TREATMENT"), h.purposeDescription(), h.revocationStatement(), h.expiresOn(), h.expiryEvent(),
                h.signer(), h.signerName(), h.representativeAuthority(), h.agreed()), null);

        assertThat(DisclosureRule.decide(List.of(hipaa), DR_LOPEZ, DisclosurePurpose.TREATMENT, Set.of(PROGRESS_NOTES),
                Fixtures.SIGNED_ON, RecordProtection.HIPAA).permitted()).isTrue();
        assertThat(DisclosureRule.decide(List.of(hipaa), DR_LOPEZ, DisclosurePurpose.TREATMENT, Set.of(PROGRESS_NOTES),
                Fixtures.SIGNED_ON, RecordProtection.PART2).permitted()).isFalse();
        assertThat(DisclosureRule.decide(List.of(hipaa), DR_LOPEZ, DisclosurePurpose.TREATMENT,
                Set.of(SUD_COUNSELING_NOTES), Fixtures.SIGNED_ON, RecordProtection.HIPAA).reason())
                .startsWith("No 42 CFR Part 2 consent is on file");
    }

    private static DisclosureDecision decide(List<Consent> consents, Set<InformationCategory> categories) {
        return DisclosureRule.decide(consents, DR_LOPEZ, DisclosurePurpose.TREATMENT, categories, Fixtures.SIGNED_ON,
                RecordProtection.PART2);
    }

    private static NewConsent part2(List<String> categories) {
        NewConsent p = Fixtures.part2();
        return new NewConsent(p.id(), p.kind(), p.scope(), p.discloser(), categories, p.informationDetail(),
                p.recipientNames(), p.recipientClasses(), p.purposes(), p.purposeDescription(), p.revocationStatement(),
                p.expiresOn(), p.expiryEvent(), p.signer(), p.signerName(), p.representativeAuthority(), p.agreed());
    }
}
