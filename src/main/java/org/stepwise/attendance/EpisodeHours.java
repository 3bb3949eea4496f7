package org.stepwise.attendance;

import java.math.BigDecimal;

/**
 * Issue 7: a client's hours over an episode up to a day, as the discharge summary reports them.
 *
 * @param scheduled the counted hours of the sessions the client was booked into (live bookings, sessions not cancelled)
 * @param attended the hours recorded as attended (the sum of each attendance's attended hours)
 */
public record EpisodeHours(BigDecimal scheduled, BigDecimal attended) {}
