package org.stepwise.followup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.followup.AftercareAttendance;
import org.stepwise.followup.Housing;
import org.stepwise.followup.OutcomeCheck;
import org.stepwise.followup.WorkOrSchool;

/** When a client needs re-engaging after discharge: each reason alone, at its boundaries, and together. */
class ReEngagementRuleTests {

    private static OutcomeCheck check(@Nullable Integer phq9, @Nullable Integer bam, Housing housing, boolean hospital,
            AftercareAttendance aftercare) {
        return new OutcomeCheck(phq9, bam, housing, WorkOrSchool.WORKING, hospital, aftercare);
    }

    private static OutcomeCheck well(@Nullable Integer phq9) {
        return check(phq9, 0, Housing.STABLE, false, AftercareAttendance.YES);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("all well", well(4), 3, 0, List.of()),
                Arguments.of("nothing asked but the required answers", well(null), null, 0, List.of()),
                Arguments.of("PHQ-9 14 is not yet moderately severe", well(14), null, 0, List.of()),
                Arguments.of("PHQ-9 15 is", well(15), null, 0, List.of(ReEngagementReason.PHQ9_SEVERE)),
                Arguments.of("PHQ-9 27", well(27), null, 0, List.of(ReEngagementReason.PHQ9_SEVERE)),
                Arguments.of("a 5-point rise is no reliable change", well(9), 4, 0, List.of()),
                Arguments.of("a 6-point rise is reliably worse", well(10), 4, 0,
                        List.of(ReEngagementReason.PHQ9_WORSE)),
                Arguments.of("a 6-point rise to 15 is both", well(15), 9, 0,
                        List.of(ReEngagementReason.PHQ9_SEVERE, ReEngagementReason.PHQ9_WORSE)),
                Arguments.of("a fall is fine", well(2), 12, 0, List.of()),
                Arguments.of("no score before discharge: only the band counts", well(12), null, 0, List.of()),
                Arguments.of("one day of use", check(3, 1, Housing.STABLE, false, AftercareAttendance.YES), null, 0,
                        List.of(ReEngagementReason.SUBSTANCE_USE)),
                Arguments.of("use not asked", check(3, null, Housing.STABLE, false, AftercareAttendance.YES), null,
                        0, List.of()),
                Arguments.of("unstable housing", check(3, 0, Housing.UNSTABLE, false, AftercareAttendance.YES),
                        null, 0, List.of(ReEngagementReason.HOUSING_LOST)),
                Arguments.of("homeless", check(3, 0, Housing.HOMELESS, false, AftercareAttendance.YES), null, 0,
                        List.of(ReEngagementReason.HOUSING_LOST)),
                Arguments.of("an ER visit", check(3, 0, Housing.STABLE, true, AftercareAttendance.YES), null, 0,
                        List.of(ReEngagementReason.HOSPITAL)),
                Arguments.of("aftercare partly is attending", check(3, 0, Housing.STABLE, false,
                        AftercareAttendance.PARTLY), null, 0, List.of()),
                Arguments.of("no aftercare", check(3, 0, Housing.STABLE, false, AftercareAttendance.NO), null, 0,
                        List.of(ReEngagementReason.NO_AFTERCARE)),
                Arguments.of("two failed attempts", null, null, 2, List.of()),
                Arguments.of("three failed attempts", null, null, 3, List.of(ReEngagementReason.NOT_REACHED)),
                Arguments.of("reached after three failed attempts and well", well(3), null, 3, List.of()),
                Arguments.of("everything at once", check(20, 5, Housing.HOMELESS, true, AftercareAttendance.NO), 8,
                        0, List.of(ReEngagementReason.PHQ9_SEVERE, ReEngagementReason.PHQ9_WORSE,
                                ReEngagementReason.SUBSTANCE_USE, ReEngagementReason.HOUSING_LOST,
                                ReEngagementReason.HOSPITAL, ReEngagementReason.NO_AFTERCARE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesWhetherTheClientNeedsReEngaging(String name, @Nullable OutcomeCheck check,
            @Nullable Integer phq9BeforeDischarge, int failedAttempts, List<ReEngagementReason> expected) {
        var findings = ReEngagementRule.findings(new ReEngagementRule.Facts(check, phq9BeforeDischarge,
                failedAttempts));
        assertThat(findings).extracting(ReEngagementRule.Finding::reason).containsExactlyElementsOf(expected);
        assertThat(findings).allSatisfy(f -> assertThat(f.detail()).isNotBlank());
    }
}
