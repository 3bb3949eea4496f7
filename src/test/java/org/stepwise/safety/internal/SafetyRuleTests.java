package org.stepwise.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.safety.Severity;

/** Which flags open an alert, at which severity, with which words. */
class SafetyRuleTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void flagsItemNineWhateverTheAnswerAboveZero() {
        for (int answer = 1; answer <= 3; answer++) {
            var finding = SafetyRule.assess("PHQ-9", List.of(SafetyRule.ITEM9), answer, DAY).orElseThrow();
            assertThat(finding.severity()).isEqualTo(Severity.MODERATE);
            assertThat(finding.reason()).startsWith("PHQ-9 item 9").contains("(" + answer + ")")
                    .endsWith("administered on 2026-03-02.");
        }
        assertThat(SafetyRule.assess("PHQ-9", List.of(SafetyRule.ITEM9), null, DAY).orElseThrow().reason())
                .contains("answered above 0");
    }

    @Test
    void cssrsModerateAndHighCarryTheirOwnSeverity() {
        assertThat(SafetyRule.assess("C-SSRS screener", List.of(SafetyRule.CSSRS_MODERATE), null, DAY).orElseThrow()
                .severity()).isEqualTo(Severity.MODERATE);
        assertThat(SafetyRule.assess("C-SSRS screener", List.of(SafetyRule.CSSRS_HIGH), null, DAY).orElseThrow()
                .severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void theHighestSeverityWinsAndEveryReasonIsGiven() {
        var finding = SafetyRule.assess("X", List.of(SafetyRule.ITEM9, SafetyRule.CSSRS_HIGH), 1, DAY).orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.reason()).contains("risk level high").contains("item 9");
    }

    @Test
    void otherFlagsAndNoFlagsOpenNothing() {
        assertThat(SafetyRule.assess("WHO-5", List.of("poor-wellbeing"), null, DAY)).isEmpty();
        assertThat(SafetyRule.assess("PHQ-9", List.of(), 0, DAY)).isEmpty();
    }
}
