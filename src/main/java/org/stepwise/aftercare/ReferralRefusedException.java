package org.stepwise.aftercare;

import java.util.List;
import org.stepwise.shared.ConflictException;

/** No consent on file lets any section of the packet go to that provider: nothing is sent, nothing recorded. */
public class ReferralRefusedException extends ConflictException {

    private final List<ReferralOut.LeftOut> leftOut;

    public ReferralRefusedException(String message, List<ReferralOut.LeftOut> leftOut) {
        super(message);
        this.leftOut = List.copyOf(leftOut);
    }

    public List<ReferralOut.LeftOut> leftOut() {
        return leftOut;
    }
}
