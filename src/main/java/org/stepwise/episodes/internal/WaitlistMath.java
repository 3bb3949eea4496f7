package org.stepwise.episodes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a waiting client may expect to start: a place frees each time a current episode reaches its planned end, so
 * position k starts at the planned end of the k-th earliest-ending admitted episode. When a track holds more clients than
 * its capacity (the capacity was lowered), the surplus must end first.
 */
public final class WaitlistMath {

    private WaitlistMath() {}

    /**
     * @param plannedEnds the planned ends of the track's admitted episodes, earliest first
     * @param capacity the track's capacity
     * @param position the waiting client's position, from 1
     * @param notBefore the earliest day to name (today, or the day the client asked for)
     * @return empty when not enough current episodes end to tell
     */
    public static Optional<LocalDate> expectedStart(List<LocalDate> plannedEnds, int capacity, int position,
            LocalDate notBefore) {
        if (position < 1) {
            throw new IllegalArgumentException("positions start at 1, not " + position);
        }
        int index = plannedEnds.size() - capacity + position; // 1-based: which ending frees this client's place
        if (index <= 0) {
            return Optional.of(notBefore);
        }
        if (index > plannedEnds.size()) {
            return Optional.empty();
        }
        LocalDate end = plannedEnds.get(index - 1);
        return Optional.of(end.isBefore(notBefore) ? notBefore : end);
    }
}
