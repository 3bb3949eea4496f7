package org.stepwise.intake.referral;

import org.stepwise.shared.ConflictException;

/** A move the referral's current status does not allow (answered with 409, naming the current status). */
public class IllegalReferralMoveException extends ConflictException {

    private final ReferralStatus current;

    public IllegalReferralMoveException(ReferralStatus current, ReferralStatus to) {
        super("This referral is " + current + ": it cannot move to " + to + ". From " + current + " it can move to "
                + ReferralStatus.list(current.next()) + ".");
        this.current = current;
    }

    public IllegalReferralMoveException(ReferralStatus current, String message) {
        super(message);
        this.current = current;
    }

    public ReferralStatus current() {
        return current;
    }
}
