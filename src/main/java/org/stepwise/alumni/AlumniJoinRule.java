package org.stepwise.alumni;

import org.stepwise.episodes.DischargeType;

/**
 * Who joins the alumni roster on their own when discharged: those who finished the program (COMPLETED) or stepped down
 * to a lower level of care (STEPPED_DOWN). Anyone else (stepped up or transferred, still in intensive care elsewhere;
 * left against advice; discharged by the program) joins only when staff add them by hand, after talking with them.
 */
public final class AlumniJoinRule {

    private AlumniJoinRule() {}

    public static boolean joinsOnDischarge(DischargeType type) {
        return switch (type) {
            case COMPLETED, STEPPED_DOWN -> true;
            case STEPPED_UP, TRANSFERRED, LEFT_AGAINST_ADVICE, ADMINISTRATIVE -> false;
        };
    }
}
