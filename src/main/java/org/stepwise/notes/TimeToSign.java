package org.stepwise.notes;

import java.time.Duration;

/** A duration in the words a note shows for its time to sign. */
public final class TimeToSign {

    private TimeToSign() {}

    /** "under a minute", "45 min", "2 h 5 min", "3 d 4 h"; a signature before the service ended reads "0 min". */
    public static String words(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (duration.isNegative() || duration.isZero()) {
            return "0 min";
        }
        if (minutes == 0) {
            return "under a minute";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        return hours > 0 ? hours + " h " + rest + " min" : rest + " min";
    }
}
