package org.stepwise.scheduling;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.StaffId;

/**
 * A client's availability as entered, before it is saved. {@link #problems} checks what needs no database; blocked
 * times are kept in weekday and time order, so the same hours entered in another order are the same availability.
 */
public record AvailabilityDetails(Set<DayOfWeek> weekdays, @Nullable DayPart dayPart,
        List<Availability.BlockedTime> blocked, @Nullable Integer individualEveryWeeks,
        @Nullable Integer familyEveryWeeks, @Nullable Integer medicationEveryWeeks, List<StaffId> preferredStaff) {

    public static final int MAX_BLOCKED = 20;
    public static final int MAX_PREFERRED = 5;
    public static final int MAX_EVERY_WEEKS = 8;
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");

    public AvailabilityDetails {
        weekdays = Set.copyOf(weekdays);
        blocked = blocked.stream().map(b -> new Availability.BlockedTime(b.weekday(), b.from(), b.to(), b.reason().strip()))
                .sorted(Comparator.comparing(Availability.BlockedTime::weekday)
                        .thenComparing(Availability.BlockedTime::from).thenComparing(Availability.BlockedTime::to))
                .toList();
        preferredStaff = preferredStaff.stream().distinct().toList();
    }

    public static AvailabilityDetails of(Availability a) {
        return new AvailabilityDetails(a.weekdays(), a.dayPart(), a.blocked(), a.individualEveryWeeks(),
                a.familyEveryWeeks(), a.medicationEveryWeeks(), a.preferredStaff());
    }

    /**
     * What is wrong, keyed by field: {@code weekdays}, {@code dayPart}, {@code blocked} (with the row number),
     * {@code individualEveryWeeks}, {@code familyEveryWeeks}, {@code medicationEveryWeeks}, {@code preferredStaff}.
     */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (weekdays.isEmpty()) {
            problems.put("weekdays", "Tick at least one day the client can come.");
        }
        if (dayPart == null) {
            problems.put("dayPart", "Choose day, evening or either.");
        }
        if (blocked.size() > MAX_BLOCKED) {
            problems.put("blocked", "Enter at most " + MAX_BLOCKED + " blocked times.");
        }
        for (Availability.BlockedTime b : blocked) {
            String when = b.weekday().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                    + b.from() + "–" + b.to();
            if (!b.to().isAfter(b.from())) {
                problems.putIfAbsent("blocked", "A blocked time ends after it starts (" + when + ").");
            } else if (b.reason().isEmpty() || b.reason().length() > 120) {
                problems.putIfAbsent("blocked", "Give each blocked time a reason of 1 to 120 characters, such as "
                        + "\"work\" or \"school run\" (" + when + ").");
            } else if (TAG.matcher(b.reason()).find()) {
                problems.putIfAbsent("blocked", "Write each reason as plain text, without anything that looks like an "
                        + "HTML tag (" + when + ").");
            }
        }
        every("individualEveryWeeks", individualEveryWeeks, problems);
        every("familyEveryWeeks", familyEveryWeeks, problems);
        every("medicationEveryWeeks", medicationEveryWeeks, problems);
        if (preferredStaff.size() > MAX_PREFERRED) {
            problems.put("preferredStaff", "Name at most " + MAX_PREFERRED + " preferred staff.");
        }
        return problems;
    }

    private static void every(String field, @Nullable Integer weeks, Map<String, String> problems) {
        if (weeks != null && (weeks < 1 || weeks > MAX_EVERY_WEEKS)) {
            problems.put(field, "Every 1 to " + MAX_EVERY_WEEKS + " weeks; leave it empty when not needed.");
        }
    }
}
