package org.stepwise.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * One follow-up after a discharge, as shown: whose, when due, to whom it fell, every attempt, the outcome check once the
 * client was reached, why re-engagement is needed (if it is) and what was done.
 *
 * @param dischargeType the episode's discharge type ({@code episodes.DischargeType} name)
 * @param assignedTo the staff member it fell to; null when no case manager or clinician was on the care team
 * @param reasons why re-engagement is needed; empty when it is not
 */
public record FollowUp(UUID id, ClientId client, String clientName, String recordNumber, UUID episodeId,
        String dischargeType, LocalDate dischargedOn, int daysAfter, LocalDate dueOn, @Nullable StaffId assignedTo,
        @Nullable String assigneeName, FollowUpStatus status, @Nullable OutcomeCheck check, @Nullable String checkedBy,
        @Nullable Instant checkedAt, List<Reason> reasons, @Nullable ReEngaged reengaged, List<Attempt> attempts,
        int version) {

    public FollowUp {
        reasons = List.copyOf(reasons);
        attempts = List.copyOf(attempts);
    }

    /** A try at reaching the client. */
    public record Attempt(UUID id, AttemptResult result, @Nullable String note, String by, Instant at) {}

    /** A reason for re-engagement: its code ({@code rules.ReEngagementReason}) and the facts in words. */
    public record Reason(String code, String label, String detail) {}

    /** What was done to re-engage the client. */
    public record ReEngaged(ReEngagementAction action, String note, String by, Instant at) {}

    /** "7-day follow-up". */
    public String label() {
        return daysAfter + "-day follow-up";
    }

    /** Due before today and nobody has reached the client yet (or acted on what the check showed). */
    public boolean overdue(LocalDate today) {
        return status.needsSomeone() && dueOn.isBefore(today);
    }

    public boolean reEngagementNeeded() {
        return status == FollowUpStatus.REENGAGEMENT_NEEDED;
    }
}
