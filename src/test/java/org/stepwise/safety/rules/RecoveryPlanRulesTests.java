package org.stepwise.safety.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.safety.RecoveryPlanContent;
import org.stepwise.safety.RecoveryPlanKind;

class RecoveryPlanRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Map<String, String> every(RecoveryPlanKind kind) {
        Map<String, String> sections = new LinkedHashMap<>();
        kind.sections().forEach(key -> sections.put(key, "About " + key));
        return sections;
    }

    @Test
    void aDraftNeedsOneSectionAndIgnoresKeysOfOtherKinds() {
        assertThat(RecoveryPlanRules.read(RecoveryPlanKind.SAFETY, Map.of("reasons", "x"), null, TODAY).errors())
                .containsKey("form");
        RecoveryPlanRules.Read read = RecoveryPlanRules.read(RecoveryPlanKind.SAFETY,
                Map.of("helpers", "  Mara\r\n555-0101  ", "reasons", "ignored"), null, TODAY);
        assertThat(read.content()).isNotNull();
        assertThat(read.content().sections()).containsExactly(Map.entry("helpers", "Mara\n555-0101"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>|plain text",
            "see < b >|plain text",
            "bell \u0007 here|control characters",
    })
    void aSectionIsPlainText(String text, String message) {
        assertThat(RecoveryPlanRules.read(RecoveryPlanKind.SAFETY, Map.of("warningSigns", text), null, TODAY)
                .errors().get("warningSigns")).contains(message);
    }

    @Test
    void aSectionHasAtMostFourThousandCharacters() {
        assertThat(RecoveryPlanRules.read(RecoveryPlanKind.SAFETY, Map.of("warningSigns", "x".repeat(4000)), null,
                TODAY).errors()).isEmpty();
        assertThat(RecoveryPlanRules.read(RecoveryPlanKind.SAFETY, Map.of("warningSigns", "x".repeat(4001)), null,
                TODAY).errors().get("warningSigns")).contains("4001", "4000");
    }

    @ParameterizedTest(name = "review on {0}: {1}")
    @CsvSource({"2026-03-02, true", "2027-03-03, true", "2027-03-04, false", "2026-03-01, false", "03/04/2026, false"})
    void theReviewDateIsFromTodayToAYearAhead(String reviewOn, boolean fine) {
        assertThat(RecoveryPlanRules.read(RecoveryPlanKind.RELAPSE_PREVENTION, every(RecoveryPlanKind.RELAPSE_PREVENTION),
                reviewOn, TODAY).errors().containsKey("reviewOn")).isNotEqualTo(fine);
    }

    @Test
    void signingNeedsEverySectionButTheOptionalOneAndTheReviewDate() {
        Map<String, String> safety = every(RecoveryPlanKind.SAFETY);
        safety.remove("whatMattersMost");
        assertThat(RecoveryPlanRules.missingForSigning(RecoveryPlanKind.SAFETY, new RecoveryPlanContent(safety, null)))
                .isEmpty();
        safety.remove("environment");
        assertThat(RecoveryPlanRules.missingForSigning(RecoveryPlanKind.SAFETY, new RecoveryPlanContent(safety, null)))
                .containsExactly("environment");
        Map<String, String> relapse = every(RecoveryPlanKind.RELAPSE_PREVENTION);
        assertThat(RecoveryPlanRules.missingForSigning(RecoveryPlanKind.RELAPSE_PREVENTION,
                new RecoveryPlanContent(relapse, null))).containsExactly("reviewOn");
        assertThat(RecoveryPlanRules.missingForSigning(RecoveryPlanKind.RELAPSE_PREVENTION,
                new RecoveryPlanContent(relapse, TODAY))).isEmpty();
    }

    @Test
    void theHashDependsOnEveryWordKindAndDateButNotOnKeyOrder() {
        Map<String, String> a = every(RecoveryPlanKind.SAFETY);
        Map<String, String> reversed = new HashMap<>();
        a.forEach(reversed::put);
        String hash = new RecoveryPlanContent(a, null).sha256(RecoveryPlanKind.SAFETY);
        assertThat(new RecoveryPlanContent(reversed, null).sha256(RecoveryPlanKind.SAFETY)).isEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
        Map<String, String> changed = new LinkedHashMap<>(a);
        changed.put("helpers", "About helpers.");
        assertThat(new RecoveryPlanContent(changed, null).sha256(RecoveryPlanKind.SAFETY)).isNotEqualTo(hash);
        assertThat(new RecoveryPlanContent(a, TODAY).sha256(RecoveryPlanKind.SAFETY)).isNotEqualTo(hash);
        // Text moved from one section to the next is a different plan.
        Map<String, String> moved = new LinkedHashMap<>();
        moved.put("warningSigns", "ab");
        Map<String, String> split = new LinkedHashMap<>();
        split.put("warningSigns", "a");
        split.put("copingStrategies", "b");
        assertThat(new RecoveryPlanContent(moved, null).sha256(RecoveryPlanKind.SAFETY))
                .isNotEqualTo(new RecoveryPlanContent(split, null).sha256(RecoveryPlanKind.SAFETY));
    }
}
