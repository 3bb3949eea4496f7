package org.stepwise.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.followup.FollowUp;
import org.stepwise.followup.FollowUpStatus;
import org.stepwise.followup.OutcomeCheck;
import org.stepwise.followup.rules.ReEngagementReason;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** A {@code follow_up} row as stored; {@link #view} adds the names and attempts shown with it. */
public record FollowUpRow(UUID id, ClientId client, UUID episodeId, UUID programId, String dischargeType,
        LocalDate dischargedOn, int daysAfter, LocalDate dueOn, @Nullable StaffId assignedTo, FollowUpStatus status,
        @Nullable OutcomeCheck check, @Nullable String checkedBy, @Nullable Instant checkedAt, List<String> reasonCodes,
        List<String> reasonDetails, FollowUp.@Nullable ReEngaged reengaged, int version) {

    public FollowUp view(String clientName, String recordNumber, @Nullable String assigneeName,
            List<FollowUp.Attempt> attempts) {
        List<FollowUp.Reason> reasons = new java.util.ArrayList<>();
        for (int i = 0; i < reasonCodes.size(); i++) {
            String code = reasonCodes.get(i);
            String label = java.util.Arrays.stream(ReEngagementReason.values()).filter(r -> r.name().equals(code))
                    .map(ReEngagementReason::label).findFirst().orElse(code);
            reasons.add(new FollowUp.Reason(code, label, i < reasonDetails.size() ? reasonDetails.get(i) : label));
        }
        return new FollowUp(id, client, clientName, recordNumber, episodeId, dischargeType, dischargedOn, daysAfter,
                dueOn, assignedTo, assigneeName, status, check, checkedBy, checkedAt, reasons, reengaged, attempts,
                version);
    }
}
