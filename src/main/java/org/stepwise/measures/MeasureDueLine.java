package org.stepwise.measures;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.measures.due.MeasureTiming;
import org.stepwise.shared.ClientId;

/**
 * One instrument due for one client: the line of a due list.
 *
 * @param since the first day it was due (the list is oldest first)
 * @param daysDue days since {@code since}
 * @param lastGiven the latest administration that counts for the episode, if any
 */
public record MeasureDueLine(ClientId client, String clientName, String recordNumber, String instrument,
        String instrumentName, MeasureTiming timing, LocalDate since, long daysDue, boolean overdue,
        @Nullable LocalDate lastGiven) {}
