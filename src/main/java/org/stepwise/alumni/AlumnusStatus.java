package org.stepwise.alumni;

/** Whether an alumnus is still on the roster's active list. */
public enum AlumnusStatus {
    /** On the roster: listed for the program's alumni groups. */
    ACTIVE,
    /** Left the alumni community (moved away, asked not to be contacted, died), with the reason recorded. */
    LEFT
}
