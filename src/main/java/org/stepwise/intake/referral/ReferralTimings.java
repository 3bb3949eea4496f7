package org.stepwise.intake.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How long one referral took: from its receipt to the first contact, to the decision stage and to admission. A step
 * not reached yet is null; a referral that reached a step twice (a waitlisted client admitted later) counts the first.
 */
public record ReferralTimings(@Nullable Duration toFirstContact, @Nullable Duration toDecision,
        @Nullable Duration toAdmission) {

    public static ReferralTimings of(Instant receivedAt, List<StatusChange> history) {
        return new ReferralTimings(since(receivedAt, history, ReferralStatus.FIRST_CONTACT),
                since(receivedAt, history, ReferralStatus.DECISION), since(receivedAt, history, ReferralStatus.ADMITTED));
    }

    private static @Nullable Duration since(Instant receivedAt, List<StatusChange> history, ReferralStatus to) {
        return history.stream()
                .filter(change -> change.to() == to)
                .map(change -> Duration.between(receivedAt, change.at()))
                .findFirst()
                .orElse(null);
    }

    /** A duration as a person reads it: "3 h", "2.5 days"; "—" when not reached. */
    public static String describe(@Nullable Duration duration) {
        if (duration == null) {
            return "—";
        }
        long minutes = duration.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return String.format(java.util.Locale.ROOT, "%.1f h", minutes / 60.0).replace(".0 h", " h");
        }
        return String.format(java.util.Locale.ROOT, "%.1f days", minutes / 1440.0).replace(".0 days", " days");
    }
}
