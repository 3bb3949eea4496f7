package org.stepwise.scheduling.optimizer;

import java.time.LocalTime;

/**
 * When in the day a client can come. A slot belongs to a part by its start: DAY starts from 08:00 to 16:59, EVENING
 * from 17:00 on (a 16:30 group that ends at 17:20 is a day group). Nothing starts before 08:00 in an IOP. The 17:00
 * line is the scheduling module's {@link org.stepwise.scheduling.DayPart#EVENING_STARTS}, the one bookings and track
 * templates are judged by.
 */
public enum DayPart {
    DAY(LocalTime.of(8, 0), org.stepwise.scheduling.DayPart.EVENING_STARTS, "day"),
    EVENING(org.stepwise.scheduling.DayPart.EVENING_STARTS, LocalTime.MAX, "evening");

    private final LocalTime firstStart;
    private final LocalTime startsBefore;
    private final String word;

    DayPart(LocalTime firstStart, LocalTime startsBefore, String word) {
        this.firstStart = firstStart;
        this.startsBefore = startsBefore;
        this.word = word;
    }

    public boolean contains(LocalTime start) {
        return !start.isBefore(firstStart) && start.isBefore(startsBefore);
    }

    /** "day" or "evening", for messages. */
    public String word() {
        return word;
    }
}
