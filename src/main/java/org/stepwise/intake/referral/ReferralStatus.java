package org.stepwise.intake.referral;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a referral is in the intake pipeline. The stages follow one another; a referral may be referred elsewhere or
 * declined from any stage before an admission; admission and the waitlist follow the decision (and a waitlisted client
 * is admitted when a place frees up). The four outcomes always carry a reason.
 */
public enum ReferralStatus {
    NEW,
    FIRST_CONTACT,
    SCREENING,
    ASSESSMENT,
    DECISION,
    ADMITTED,
    WAITLISTED,
    REFERRED_ELSEWHERE,
    DECLINED;

    /** The stages a referral waits in before an outcome, in pipeline order. */
    public static final Set<ReferralStatus> OPEN = EnumSet.of(NEW, FIRST_CONTACT, SCREENING, ASSESSMENT, DECISION);

    /** The moves allowed from this status. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(FIRST_CONTACT, REFERRED_ELSEWHERE, DECLINED);
            case FIRST_CONTACT -> EnumSet.of(SCREENING, REFERRED_ELSEWHERE, DECLINED);
            case SCREENING -> EnumSet.of(ASSESSMENT, REFERRED_ELSEWHERE, DECLINED);
            case ASSESSMENT -> EnumSet.of(DECISION, REFERRED_ELSEWHERE, DECLINED);
            case DECISION -> EnumSet.of(ADMITTED, WAITLISTED, REFERRED_ELSEWHERE, DECLINED);
            case WAITLISTED -> EnumSet.of(ADMITTED, REFERRED_ELSEWHERE, DECLINED);
            case ADMITTED, REFERRED_ELSEWHERE, DECLINED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    /** The moves a person makes from this status by hand: all but those the admission page makes. */
    public Set<ReferralStatus> nextByHand() {
        Set<ReferralStatus> next = next();
        next.removeIf(ReferralStatus::isReachedByAdmission);
        return next;
    }

    public boolean canMoveTo(ReferralStatus to) {
        return next().contains(to);
    }

    /** One of the four outcomes of the decision; moving to one needs a reason. */
    public boolean isOutcome() {
        return !OPEN.contains(this);
    }

    /** Nothing more happens to the referral. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Reached only when the episodes module admits or waitlists the client (the admission page), never by hand. */
    public boolean isReachedByAdmission() {
        return this == ADMITTED || this == WAITLISTED;
    }

    static String list(Set<ReferralStatus> statuses) {
        return statuses.isEmpty() ? "nowhere: it is closed"
                : statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
