package org.stepwise.consents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Complete submissions of each kind, for tests to take one element away from. */
final class Fixtures {

    static final ClientId CLIENT = ClientId.random();
    static final StaffId WITNESS = StaffId.random();
    static final LocalDate SIGNED_ON = LocalDate.of(2026, 3, 2);
    static final ConsentRules.Signing SIGNING = new ConsentRules.Signing(CLIENT, "Robin Placement", "Rob Placement",
            Instant.parse("2026-03-02T15:04:05.123Z"), SIGNED_ON, WITNESS);

    private Fixtures() {}

    static NewConsent part2() {
        return new NewConsent(null, "PART2", null, "Riverside IOP", List.of("DIAGNOSIS", "ATTENDANCE", "TREATMENT_PLAN"),
                "Everything from this episode of care", List.of("Dr. Ana Lopez", "Harbor Health Plan"),
                List.of("TREATING_PROVIDERS"), List.of("TREATMENT", "PAYMENT", "HEALTH_CARE_OPERATIONS"),
                "Treatment, payment and health care operations", ConsentRules.DEFAULT_REVOCATION_STATEMENT,
                "2027-03-01", null, "CLIENT", "Robin Placement", null, true);
    }

    static NewConsent hipaa() {
        return new NewConsent(null, "HIPAA_AUTHORIZATION", null, "Riverside IOP", List.of("SUMMARY"), null,
                List.of("Sunrise School District"), List.of(), List.of("CLIENT_REQUEST"), "Return-to-work letter",
                ConsentRules.DEFAULT_REVOCATION_STATEMENT, null, "Discharge from the program", "CLIENT",
                "robin  placement", null, true);
    }

    static NewConsent treatment() {
        return new NewConsent(null, "TREATMENT", "Intensive outpatient treatment: groups, individual sessions, drug "
                + "screens", null, null, null, null, null, null, null, null, null, null, "REPRESENTATIVE",
                "Pat Placement", "Parent of a minor", true);
    }

    static Consent signed(NewConsent submission, @Nullable LocalDate signedOn) {
        LocalDate day = signedOn == null ? SIGNED_ON : signedOn;
        return Consent.sign(ConsentRules.terms(submission, new ConsentRules.Signing(CLIENT, "Robin Placement",
                "Rob Placement", day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), day, WITNESS)));
    }
}
