package org.stepwise.scheduling.optimizer.timefold;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours as whole hundredths (1.5 h = 150): the unit of the hour constraints, exact for the hours programs use. */
final class Hundredths {

    private Hundredths() {}

    static int of(BigDecimal hours) {
        return hours.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
