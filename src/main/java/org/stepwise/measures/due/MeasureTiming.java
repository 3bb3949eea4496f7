package org.stepwise.measures.due;

/** When a scheduled instrument is due in an episode of care. */
public enum MeasureTiming {
    /** Once, from the day of admission (a screening up to two weeks before admission counts). */
    AT_ADMISSION,
    /** Every 7 days from the last administration, from admission on. */
    WEEKLY,
    /** Every 14 days from the last administration, from admission on. */
    BIWEEKLY,
    /** Once, in the last week before the planned end. */
    AT_DISCHARGE,
    /** Once, 30 days after the episode ended. */
    FOLLOW_UP
}
