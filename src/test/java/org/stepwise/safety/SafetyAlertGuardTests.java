package org.stepwise.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepwise.measures.MeasureAdministrationId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;

/** The alert's one transition and its guard. */
class SafetyAlertGuardTests {

    private static final Instant OPENED = Instant.parse("2026-03-02T10:00:00Z");
    private static final StaffId CLINICIAN = new StaffId(java.util.UUID.randomUUID());

    private static SafetyAlert open() {
        return SafetyAlert.open(new ClientId(java.util.UUID.randomUUID()), MeasureAdministrationId.random(), "phq9",
                LocalDate.of(2026, 3, 2), Severity.MODERATE, "PHQ-9 item 9 answered above 0.", OPENED);
    }

    @Test
    void resolvingRecordsWhatWasDoneAndSaysSo() {
        SafetyAlert alert = open();
        SafetyAlertResolved event = alert.resolve("  Assessed; safety plan written with the client.  ",
                AlertOutcome.SAFETY_PLAN_MADE, CLINICIAN, OPENED.plusSeconds(600));
        assertThat(alert.isOpen()).isFalse();
        assertThat(alert.status()).isEqualTo(SafetyAlert.Status.RESOLVED);
        assertThat(alert.resolution().actionTaken()).isEqualTo("Assessed; safety plan written with the client.");
        assertThat(event).isEqualTo(new SafetyAlertResolved(alert.id(), alert.client(), AlertOutcome.SAFETY_PLAN_MADE,
                CLINICIAN, OPENED.plusSeconds(600)));
    }

    @Test
    void aResolvedAlertCannotBeResolvedAgainAndTheMessageNamesItsState() {
        SafetyAlert alert = open();
        alert.resolve("Assessed; no current risk.", AlertOutcome.NO_CURRENT_RISK_AFTER_ASSESSMENT, CLINICIAN, OPENED);
        assertThatThrownBy(() -> alert.resolve("Assessed again, referred.", AlertOutcome.REFERRED_TO_EMERGENCY_CARE,
                CLINICIAN, OPENED)).isInstanceOf(ConflictException.class).hasMessageContaining("status RESOLVED")
                .hasMessageContaining("no-current-risk-after-assessment");
    }

    @Test
    void whatWasDoneMustBeTenToTwoThousandCharactersOfPlainText() {
        assertThat(SafetyAlert.problemsWith("123456789", AlertOutcome.SAFETY_PLAN_MADE)).containsKey("actionTaken");
        assertThat(SafetyAlert.problemsWith("1234567890", AlertOutcome.SAFETY_PLAN_MADE)).isEmpty();
        assertThat(SafetyAlert.problemsWith("x".repeat(2000), AlertOutcome.SAFETY_PLAN_MADE)).isEmpty();
        assertThat(SafetyAlert.problemsWith("x".repeat(2001), AlertOutcome.SAFETY_PLAN_MADE)).containsKey("actionTaken");
        assertThat(SafetyAlert.problemsWith("<script>alert(1)</script>", AlertOutcome.SAFETY_PLAN_MADE))
                .containsKey("actionTaken");
        assertThat(SafetyAlert.problemsWith("Assessed the client.", null)).containsKey("outcome");
        SafetyAlert alert = open();
        assertThatThrownBy(() -> alert.resolve("short", AlertOutcome.SAFETY_PLAN_MADE, CLINICIAN, OPENED))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(alert.isOpen()).isTrue();
    }
}
