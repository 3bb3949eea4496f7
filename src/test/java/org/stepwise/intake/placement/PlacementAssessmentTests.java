package org.stepwise.intake.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.NewPlacement;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.shared.InvalidRequestException;

/** The checks on a placement before it is stored, each answered with a message naming the field. */
class PlacementAssessmentTests {

    private static final LevelOfCareRule RULE = DefaultTables.rule(PlacementFramework.SUBSTANCE_USE);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void computesTheIndicatedLevelAndDefaultsTheDates() {
        PlacementAssessment assessment = PlacementAssessment.of(RULE, placement(ratings(2), LevelOfCare.L2_1, null,
                null, null), TODAY);
        assertThat(assessment.indicatedLevel()).isEqualTo(LevelOfCare.L2_1);
        assertThat(assessment.assessedOn()).isEqualTo(TODAY);
        assertThat(assessment.reassessOn()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(assessment.differenceReason()).isNull();
    }

    @Test
    void aProvidedLevelOtherThanTheIndicatedOneNeedsAReason() {
        assertRefused(placement(ratings(2), LevelOfCare.L2_5, null, null, null), "differenceReason",
                "The level provided (2.5) differs from the indicated level (2.1): say why (1 to 2000 characters).");
        assertRefused(placement(ratings(2), LevelOfCare.L1, "   ", null, null), "differenceReason",
                "The level provided (1) differs from the indicated level (2.1): say why (1 to 2000 characters).");
        PlacementAssessment withReason = PlacementAssessment.of(RULE, placement(ratings(2), LevelOfCare.L1,
                "  Client declined IOP; weekly therapy while on the waitlist.  ", null, null), TODAY);
        assertThat(withReason.providedLevel()).isEqualTo(LevelOfCare.L1);
        assertThat(withReason.differenceReason()).isEqualTo("Client declined IOP; weekly therapy while on the waitlist.");
    }

    @Test
    void everyDimensionNeedsAPlainTextJustificationOfAtMost2000Characters() {
        Map<String, String> justifications = justifications();
        justifications.remove("d2");
        justifications.put("d3", " ");
        justifications.put("d4", "x".repeat(2001));
        justifications.put("d5", "Drinks daily <script>alert(1)</script>");
        justifications.put("d6", "Lives alone\u0000");
        justifications.put("d9", "Not a dimension");
        InvalidRequestException refused = refused(new NewPlacement(null, PlacementFramework.SUBSTANCE_USE, ratings(1),
                justifications, Candidacy.iopCandidate(), LevelOfCare.L2_1, null, null, null));
        assertThat(refused.fieldErrors()).containsOnlyKeys("justifications.d2", "justifications.d3",
                "justifications.d4", "justifications.d5", "justifications.d6", "justifications.d9");
        assertThat(refused.fieldErrors().get("justifications.d2"))
                .isEqualTo("The justification of d2 (Physical health) is required (1 to 2000 characters).");
        assertThat(refused.fieldErrors().get("justifications.d4"))
                .isEqualTo("The justification of d4 (Readiness to change) is 2001 characters long; the limit is 2000.");
        assertThat(refused.fieldErrors().get("justifications.d5")).contains("plain text");
        assertThat(refused.fieldErrors().get("justifications.d6")).contains("control characters");
        assertThat(refused.fieldErrors().get("justifications.d9")).isEqualTo("\"d9\" is not a dimension of substance-use.");
    }

    @Test
    void aJustificationOf2000CharactersCountedAsTheDatabaseCountsThemIsAccepted() {
        Map<String, String> justifications = justifications();
        justifications.put("d1", "\uD83D\uDE00".repeat(2000)); // 2000 characters, 4000 UTF-16 units
        justifications.put("d2", "Rating < 3 last month, 2 > 1");
        PlacementAssessment assessment = PlacementAssessment.of(RULE, new NewPlacement(null,
                PlacementFramework.SUBSTANCE_USE, ratings(1), justifications, Candidacy.iopCandidate(), LevelOfCare.L2_1,
                null, null, null), TODAY);
        assertThat(assessment.justifications().get("d2")).isEqualTo("Rating < 3 last month, 2 > 1");
    }

    @Test
    void reportsEveryRatingProblemAtOnce() {
        Map<String, Integer> ratings = new HashMap<>(ratings(1));
        ratings.remove("d1");
        ratings.put("d2", 5);
        ratings.put("d3", -1);
        ratings.put("x", 2);
        InvalidRequestException refused = refused(new NewPlacement(null, PlacementFramework.SUBSTANCE_USE, ratings,
                justifications(), Candidacy.iopCandidate(), LevelOfCare.L2_1, null, null, null));
        assertThat(refused.fieldErrors()).containsOnlyKeys("ratings.d1", "ratings.d2", "ratings.d3", "ratings.x");
        assertThat(refused.fieldErrors().get("ratings.d1")).isEqualTo("Rate d1 (Withdrawal potential) from 0 to 4.");
        assertThat(refused.fieldErrors().get("ratings.d2"))
                .isEqualTo("The rating of d2 (Physical health) must be 0 to 4, not 5.");
        assertThat(refused.fieldErrors().get("ratings.x"))
                .isEqualTo("\"x\" is not a dimension of substance-use; rate d1, d2, d3, d4, d5, d6.");
        assertThat(refused.getMessage()).startsWith("ratings.d1: Rate d1");
    }

    @Test
    void theAssessmentIsNotInTheFutureAndReassessmentFollowsItWithinAYear() {
        assertRefused(placement(ratings(2), LevelOfCare.L2_1, null, TODAY.plusDays(1), null), "assessedOn",
                "The assessment date cannot be in the future (today is 2026-03-10).");
        assertRefused(placement(ratings(2), LevelOfCare.L2_1, null, LocalDate.of(1999, 12, 31), null), "assessedOn",
                "The assessment date must be 2000-01-01 or later.");
        assertRefused(placement(ratings(2), LevelOfCare.L2_1, null, TODAY, TODAY), "reassessOn",
                "The reassessment date must come after the assessment date (2026-03-10).");
        assertRefused(placement(ratings(2), LevelOfCare.L2_1, null, TODAY, TODAY.plusYears(1).plusDays(1)),
                "reassessOn", "Reassess within a year of the assessment (by 2027-03-10).");
        PlacementAssessment backdated = PlacementAssessment.of(RULE, placement(ratings(2), LevelOfCare.L2_1, null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15)), TODAY);
        assertThat(backdated.assessedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(backdated.reassessOn()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    private static void assertRefused(NewPlacement placement, String field, String message) {
        assertThat(refused(placement).fieldErrors()).containsExactlyEntriesOf(Map.of(field, message));
    }

    private static InvalidRequestException refused(NewPlacement placement) {
        Throwable thrown = catchThrowable(() -> PlacementAssessment.of(RULE, placement, TODAY));
        assertThat(thrown).isInstanceOf(InvalidRequestException.class);
        return (InvalidRequestException) thrown;
    }

    static NewPlacement placement(Map<String, Integer> ratings, LevelOfCare provided, String reason, LocalDate assessedOn,
            LocalDate reassessOn) {
        return new NewPlacement(null, PlacementFramework.SUBSTANCE_USE, ratings, justifications(),
                Candidacy.iopCandidate(), provided, reason, assessedOn, reassessOn);
    }

    static Map<String, Integer> ratings(int each) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        PlacementFramework.SUBSTANCE_USE.dimensionKeys().forEach(key -> ratings.put(key, each));
        return ratings;
    }

    static Map<String, String> justifications() {
        Map<String, String> justifications = new LinkedHashMap<>();
        PlacementFramework.SUBSTANCE_USE.dimensionKeys().forEach(key -> justifications.put(key, "Seen at intake: " + key));
        return justifications;
    }
}
