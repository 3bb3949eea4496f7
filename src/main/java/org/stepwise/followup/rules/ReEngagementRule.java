package org.stepwise.followup.rules;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.followup.AftercareAttendance;
import org.stepwise.followup.FollowUpStatus;
import org.stepwise.followup.Housing;
import org.stepwise.followup.OutcomeCheck;
import org.stepwise.measures.ChangeCriteria;
import org.stepwise.measures.ScoreChange;

/**
 * When a client needs re-engaging after discharge (issue 7): a PHQ-9 of 15 or more (moderately severe), a PHQ-9
 * reliably worse than the last one before discharge (a rise of 6 or more, judged by {@link ScoreChange} with
 * {@link ChangeCriteria#PHQ9}), any substance use, housing lost (unstable or homeless), a hospital stay, readmission or
 * ER visit, not attending aftercare (partly still counts as attending), or three attempts that did not reach the client.
 */
public final class ReEngagementRule {

    /** The PHQ-9 band "moderately severe" starts here (iop-domain.md section 6). */
    public static final int SEVERE_PHQ9 = 15;
    /** Failed attempts after which the client counts as lost to follow-up. */
    public static final int ATTEMPTS_BEFORE_LOST = 3;

    /** One reason, with the facts behind it in words. */
    public record Finding(ReEngagementReason reason, String detail) {}

    /**
     * @param check the outcome check, or null when the client was not reached
     * @param phq9BeforeDischarge the last PHQ-9 total of the episode, or null when none was given
     * @param attemptsNotReaching attempts so far that did not reach the client (no answer, declined, wrong number)
     */
    public record Facts(@Nullable OutcomeCheck check, @Nullable Integer phq9BeforeDischarge, int attemptsNotReaching) {}

    private ReEngagementRule() {}

    /** The reasons that hold, in the order of {@link ReEngagementReason}; empty when all is well. */
    public static List<Finding> findings(Facts facts) {
        List<Finding> found = new ArrayList<>();
        OutcomeCheck check = facts.check();
        if (check != null) {
            Integer phq9 = check.phq9Total();
            if (phq9 != null && phq9 >= SEVERE_PHQ9) {
                found.add(new Finding(ReEngagementReason.PHQ9_SEVERE, "PHQ-9 is " + phq9 + " (" + SEVERE_PHQ9
                        + " or more is moderately severe)."));
            }
            if (phq9 != null && facts.phq9BeforeDischarge() != null) {
                ScoreChange change = ScoreChange.between(facts.phq9BeforeDischarge(), phq9, ChangeCriteria.PHQ9);
                if (change.reliability() == ScoreChange.Reliability.RELIABLE_DETERIORATION) {
                    found.add(new Finding(ReEngagementReason.PHQ9_WORSE, "PHQ-9 rose " + change.points()
                            + " points since the last score before discharge (from " + change.baseline() + " to "
                            + change.latest() + ")."));
                }
            }
            if (check.bamUseDays() != null && check.bamUseDays() > 0) {
                found.add(new Finding(ReEngagementReason.SUBSTANCE_USE, "Used alcohol or drugs on "
                        + check.bamUseDays() + (check.bamUseDays() == 1 ? " day" : " days") + " of the past 30."));
            }
            if (check.housing() != Housing.STABLE) {
                found.add(new Finding(ReEngagementReason.HOUSING_LOST, "Housing is " + check.housing().label()
                        .toLowerCase(java.util.Locale.ROOT) + "."));
            }
            if (check.hospitalSinceDischarge()) {
                found.add(new Finding(ReEngagementReason.HOSPITAL,
                        "Readmitted, hospitalised or seen in an ER since discharge."));
            }
            if (check.aftercare() == AftercareAttendance.NO) {
                found.add(new Finding(ReEngagementReason.NO_AFTERCARE, "Not attending aftercare."));
            }
        } else if (facts.attemptsNotReaching() >= ATTEMPTS_BEFORE_LOST) {
            found.add(new Finding(ReEngagementReason.NOT_REACHED, facts.attemptsNotReaching()
                    + " attempts without reaching the client."));
        }
        return List.copyOf(found);
    }

    /**
     * Where the follow-up stands after an attempt: re-engagement needed when any reason holds; otherwise completed once
     * an outcome check is on record, and still open while nobody has reached the client.
     */
    public static FollowUpStatus statusAfter(@Nullable OutcomeCheck check, List<Finding> findings) {
        if (!findings.isEmpty()) {
            return FollowUpStatus.REENGAGEMENT_NEEDED;
        }
        return check == null ? FollowUpStatus.OPEN : FollowUpStatus.COMPLETED;
    }
}
