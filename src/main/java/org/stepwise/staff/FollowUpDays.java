package org.stepwise.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Issue 7: the days after discharge at which a program follows up its clients (7, 30 and 90 unless the program says
 * otherwise). Plain Java: the program form reads what an administrator typed ("7, 30, 90") and the follow-up module
 * schedules by the list. One to six days, each 1 to 365, ascending without repeats.
 */
public final class FollowUpDays {

    /** Follow up a week, a month and three months after discharge. */
    public static final List<Integer> DEFAULT = List.of(7, 30, 90);
    public static final int MOST = 6;
    public static final int LATEST_DAY = 365;

    private FollowUpDays() {}

    /** The days as a person writes them: "7, 30, 90". */
    public static String text(List<Integer> days) {
        return days.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The days typed, or the default when nothing was typed; throws nothing (see {@link #problem}). */
    public static List<Integer> parseOrDefault(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return DEFAULT;
        }
        List<Integer> days = parse(typed);
        return days == null ? DEFAULT : days;
    }

    /** What is wrong with what was typed, or null when it is a schedule (empty text means the default). */
    public static @Nullable String problem(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        List<Integer> days = parse(typed);
        if (days == null) {
            return "Write the days as whole numbers separated by commas, such as 7, 30, 90.";
        }
        return problem(days);
    }

    /** What is wrong with the list, or null when it is a schedule. */
    public static @Nullable String problem(List<Integer> days) {
        if (days.isEmpty()) {
            return "Name at least one day after discharge to follow up on, such as 7, 30, 90.";
        }
        if (days.size() > MOST) {
            return "Name at most " + MOST + " follow-up days.";
        }
        for (int i = 0; i < days.size(); i++) {
            int day = days.get(i);
            if (day < 1 || day > LATEST_DAY) {
                return "Each follow-up day is 1 to " + LATEST_DAY + " days after discharge (" + day + " is not).";
            }
            if (i > 0 && day <= days.get(i - 1)) {
                return "List the follow-up days from the earliest to the latest, each once (" + text(days) + ").";
            }
        }
        return null;
    }

    /** The whole numbers in the text, or null when anything else is in it (or a number is absurdly long). */
    private static @Nullable List<Integer> parse(String typed) {
        List<Integer> days = new ArrayList<>();
        for (String part : typed.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,6}")) {
                return null;
            }
            days.add(Integer.valueOf(part));
        }
        return days.isEmpty() ? null : days;
    }
}
