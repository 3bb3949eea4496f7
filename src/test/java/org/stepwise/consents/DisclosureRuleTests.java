package org.stepwise.consents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stepwise.consents.InformationCategory.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stepwise.shared.StaffId;

/** Which disclosures a client's consents permit, and the reason when they permit none. */
class DisclosureRuleTests {

    static final LocalDate SIGNED = Fixtures.SIGNED_ON;
    static final DisclosureRecipient DR_LOPEZ = new DisclosureRecipient("dr. ana  LOPEZ", null);
    static final DisclosureRecipient SOME_PROVIDER = new DisclosureRecipient("Bayview Clinic",
            RecipientClass.TREATING_PROVIDERS);
    static final DisclosureRecipient SOME_PLAN = new DisclosureRecipient("Acme Insurance", RecipientClass.HEALTH_PLAN);

    Consent part2 = Fixtures.signed(Fixtures.part2(), SIGNED);

    @Test
    void aPart2ConsentPermitsANamedRecipientForItsPurposesAndCategories() {
        DisclosureDecision decision = decide(List.of(part2), DR_LOPEZ, DisclosurePurpose.TREATMENT,
                Set.of(DIAGNOSIS, ATTENDANCE), SIGNED.plusDays(10));
        assertThat(decision.permitted()).isTrue();
        assertThat(decision.consent()).isEqualTo(part2.id());
        assertThat(decision.reason()).startsWith("Permitted by 42 CFR Part 2 consent " + part2.id());
    }

    @Test
    void aRecipientClassCoversAnyoneOfThatClassAndNoOneElse() {
        assertThat(decide(List.of(part2), SOME_PROVIDER, DisclosurePurpose.TREATMENT, Set.of(DIAGNOSIS), SIGNED)
                .permitted()).isTrue();
        DisclosureDecision plan = decide(List.of(part2), SOME_PLAN, DisclosurePurpose.PAYMENT, Set.of(DIAGNOSIS), SIGNED);
        assertThat(plan.permitted()).isFalse();
        assertThat(plan.reason()).isEqualTo("No consent on file names Acme Insurance (my health plan) or lists its "
                + "class of recipients.");
        DisclosureDecision unnamed = decide(List.of(part2), new DisclosureRecipient("Bayview Clinic", null),
                DisclosurePurpose.TREATMENT, Set.of(DIAGNOSIS), SIGNED);
        assertThat(unnamed.permitted()).isFalse();
    }

    @Test
    void aPurposeNotListedIsRefused() {
        DisclosureDecision decision = decide(List.of(part2), DR_LOPEZ, DisclosurePurpose.CLIENT_REQUEST,
                Set.of(DIAGNOSIS), SIGNED);
        assertThat(decision.permitted()).isFalse();
        assertThat(decision.reason()).endsWith("covers dr. ana  LOPEZ but not the purpose at the client's request.");
        assertThat(decision.consent()).isEqualTo(part2.id());
    }

    @Test
    void categoriesNotCoveredAreRefusedAndNamed() {
        DisclosureDecision decision = decide(List.of(part2), DR_LOPEZ, DisclosurePurpose.TREATMENT,
                Set.of(DIAGNOSIS, DRUG_SCREENS, MEDICATIONS), SIGNED);
        assertThat(decision.permitted()).isFalse();
        assertThat(decision.missingCategories()).containsExactly(MEDICATIONS, DRUG_SCREENS);
        assertThat(decision.reason()).endsWith("does not cover: Medications, Drug screen results.");
    }

    @Test
    void aRevokedConsentRefusesFromTheRevocationDateOn() {
        LocalDate revokedOn = SIGNED.plusDays(20);
        Consent revoked = part2.revoke(new Revocation(revokedOn, RevocationMethod.IN_WRITING, null, StaffId.random(),
                Instant.now()));
        assertThat(decide(List.of(revoked), DR_LOPEZ, DisclosurePurpose.TREATMENT, Set.of(DIAGNOSIS),
                revokedOn.minusDays(1)).permitted()).isTrue();
        DisclosureDecision onTheDay = decide(List.of(revoked), DR_LOPEZ, DisclosurePurpose.TREATMENT, Set.of(DIAGNOSIS),
                revokedOn);
        assertThat(onTheDay.permitted()).isFalse();
        assertThat(onTheDay.reason()).endsWith("was revoked on " + revokedOn + ": it permits nothing from that day on.");
        assertThat(revoked.statusOn(revokedOn)).isEqualTo(ConsentStatus.REVOKED);
        assertThat(revoked.statusOn(revokedOn.minusDays(1))).isEqualTo(ConsentStatus.ACTIVE);
        assertThat(decide(List.of(revoked), DR_LOPEZ, DisclosurePurpose.TREATMENT, Set.of(DIAGNOSIS),
                revokedOn.plusYears(1)).permitted()).isFalse();
    }

    @Test
    void aConsentExpiredByDateRefusesAfterThatDate() {
        LocalDate expiresOn = LocalDate.parse(Fixtures.part2().expiresOn());
        assertThat(decide(List.of(part2), DR_LOPEZ, DisclosurePurpose.TREATMENT, Set.of(DIAGNOSIS), expiresOn)
                .permitted()).isTrue();
        DisclosureDecision after = decide(List.of(part2), DR_LOPEZ, DisclosurePurpose.TREATMENT, Set.of(DIAGNOSIS),
                expiresOn.plusDays(1));
        assertThat(after.permitted()).isFalse();
        assertThat(after.reason()).contains("expired on " + expiresOn.plusDays(1));
        assertThat(part2.statusOn(expiresOn.plusDays(1))).isEqualTo(ConsentStatus.EXPIRED);
    }

    @Test
    void aConsentExpiringOnAnEventRefusesFromTheRecordedEventOn() {
        Consent hipaa = Fixtures.signed(Fixtures.hipaa(), SIGNED);
        LocalDate discharged = SIGNED.plusDays(40);
        Consent expired = hipaa.recordExpiryEvent(new ExpiryEventRecord(discharged, null, StaffId.random(), Instant.now()));
        DisclosureRecipient school = new DisclosureRecipient("Sunrise School District", null);
        assertThat(DisclosureRule.decide(List.of(expired), school, DisclosurePurpose.CLIENT_REQUEST, Set.of(SUMMARY),
                discharged.minusDays(1), RecordProtection.HIPAA).permitted()).isTrue();
        assertThat(DisclosureRule.decide(List.of(expired), school, DisclosurePurpose.CLIENT_REQUEST, Set.of(SUMMARY),
                discharged, RecordProtection.HIPAA).permitted()).isFalse();
        assertThatThrownBy(() -> expired.recordExpiryEvent(new ExpiryEventRecord(discharged, null, StaffId.random(),
                Instant.now()))).isInstanceOf(ConsentStateException.class).hasMessageContaining("already recorded");
    }

    @Test
    void part2RecordsNeedAPart2ConsentAndConsentToTreatmentPermitsNothing() {
        Consent hipaa = Fixtures.signed(Fixtures.hipaa(), SIGNED);
        Consent treatment = Fixtures.signed(Fixtures.treatment(), SIGNED);
        DisclosureRecipient school = new DisclosureRecipient("Sunrise School District", null);
        DisclosureDecision decision = decide(List.of(hipaa, treatment), school, DisclosurePurpose.CLIENT_REQUEST,
                Set.of(SUMMARY), SIGNED);
        assertThat(decision.permitted()).isFalse();
        assertThat(decision.reason()).startsWith("No 42 CFR Part 2 consent is on file");
        assertThat(decision.consent()).isNull();
    }

    @Test
    void aConsentPermitsNothingBeforeItWasSigned() {
        assertThat(decide(List.of(part2), DR_LOPEZ, DisclosurePurpose.TREATMENT, Set.of(DIAGNOSIS), SIGNED.minusDays(1))
                .reason()).contains("was signed after");
    }

    @Test
    void anActiveConsentPermitsEvenWhenAnOlderOneWasRevoked() {
        Consent old = part2.revoke(new Revocation(SIGNED.plusDays(1), RevocationMethod.VERBALLY, null, StaffId.random(),
                Instant.now()));
        Consent newer = Fixtures.signed(Fixtures.part2(), SIGNED.plusDays(5));
        DisclosureDecision decision = decide(List.of(old, newer), DR_LOPEZ, DisclosurePurpose.TREATMENT,
                Set.of(DIAGNOSIS), SIGNED.plusDays(6));
        assertThat(decision.permitted()).isTrue();
        assertThat(decision.consent()).isEqualTo(newer.id());
    }

    @Test
    void revokingTwiceOrAfterExpiryIsRefusedNamingTheState() {
        Consent revoked = part2.revoke(new Revocation(SIGNED.plusDays(1), RevocationMethod.VERBALLY, null,
                StaffId.random(), Instant.now()));
        assertThatThrownBy(() -> revoked.revoke(new Revocation(SIGNED.plusDays(2), RevocationMethod.IN_WRITING, null,
                StaffId.random(), Instant.now()))).isInstanceOf(ConsentStateException.class).hasMessageContaining("REVOKED");
        assertThatThrownBy(() -> part2.revoke(new Revocation(SIGNED.plusYears(2), RevocationMethod.IN_WRITING, null,
                StaffId.random(), Instant.now()))).isInstanceOf(ConsentStateException.class).hasMessageContaining("EXPIRED");
    }

    private static DisclosureDecision decide(List<Consent> consents, DisclosureRecipient recipient,
            DisclosurePurpose purpose, Set<InformationCategory> categories, LocalDate day) {
        return DisclosureRule.decide(consents, recipient, purpose, categories, day, RecordProtection.PART2);
    }
}
