package org.stepwise.followup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stepwise.followup.AftercareAttendance;
import org.stepwise.followup.AttemptRequest;
import org.stepwise.followup.AttemptResult;
import org.stepwise.followup.Housing;
import org.stepwise.followup.WorkOrSchool;

class AttemptChecksTests {

    @Test
    void aReachedClientNeedsTheRequiredAnswersAndScoresInRange() {
        var request = new AttemptRequest(0, AttemptResult.REACHED, null, 28, 31, null, null, null, null);
        assertThat(AttemptChecks.problems(request)).containsOnlyKeys("phq9Total", "bamUseDays", "housing",
                "workOrSchool", "hospitalSinceDischarge", "aftercare");
    }

    @Test
    void anUnreachedClientHasNoOutcomeCheck() {
        var request = new AttemptRequest(0, AttemptResult.NO_ANSWER, "left a message", null, null, Housing.STABLE,
                null, null, null);
        assertThat(AttemptChecks.problems(request)).containsOnlyKeys("result");
        assertThat(AttemptChecks.problems(new AttemptRequest(0, AttemptResult.NO_ANSWER, "left a message", null, null,
                null, null, null, null))).isEmpty();
    }

    @Test
    void aCompleteCheckPasses() {
        var request = new AttemptRequest(0, AttemptResult.REACHED, null, 0, 30, Housing.HOMELESS,
                WorkOrSchool.NEITHER, true, AftercareAttendance.PARTLY);
        assertThat(AttemptChecks.problems(request)).isEmpty();
        assertThat(AttemptChecks.problems(new AttemptRequest(null, null, "x".repeat(2001), null, null, null, null,
                null, null))).containsOnlyKeys("result", "note");
    }
}
