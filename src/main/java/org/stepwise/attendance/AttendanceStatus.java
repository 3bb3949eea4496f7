package org.stepwise.attendance;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a client attended a session. Present and telehealth count the whole session unless fewer minutes are given; late
 * and left early need the minutes actually attended; an absence, excused or not, counts none.
 */
public enum AttendanceStatus {
    PRESENT("Present"),
    LATE("Late"),
    LEFT_EARLY("Left early"),
    TELEHEALTH("Telehealth"),
    EXCUSED_ABSENCE("Excused absence"),
    UNEXCUSED_ABSENCE("Unexcused absence");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAbsence() {
        return this == EXCUSED_ABSENCE || this == UNEXCUSED_ABSENCE;
    }

    /** Late and left early: the minutes attended must be given, since they are less than the session by definition. */
    public boolean needsMinutes() {
        return this == LATE || this == LEFT_EARLY;
    }

    /** Reads {@code PRESENT}, {@code present} or {@code left-early}; empty for anything else. */
    public static Optional<AttendanceStatus> parse(String text) {
        String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }
}
