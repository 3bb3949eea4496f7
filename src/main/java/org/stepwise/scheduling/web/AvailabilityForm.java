package org.stepwise.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.Availability;
import org.stepwise.scheduling.AvailabilityDetails;
import org.stepwise.scheduling.DayPart;
import org.stepwise.shared.StaffId;

/**
 * The availability form as posted: ticked weekdays, the part of the day, blocked times as parallel rows (a row left
 * blank, or ticked for removal, is dropped), frequencies and preferred staff.
 */
record AvailabilityForm(@Nullable List<Integer> weekdays, @Nullable String dayPart,
        @Nullable List<String> blockedWeekday, @Nullable List<String> blockedFrom, @Nullable List<String> blockedTo,
        @Nullable List<String> blockedReason, @Nullable List<Integer> blockedRemove,
        @Nullable Integer individualEveryWeeks, @Nullable Integer familyEveryWeeks,
        @Nullable Integer medicationEveryWeeks, @Nullable List<UUID> preferredStaff, @Nullable Integer version) {

    /** Blank rows offered for new blocked times. */
    static final int BLANK_ROWS = 2;

    /** One row of blocked time as typed. */
    record Row(String weekday, String from, String to, String reason) {

        public boolean blank() {
            return weekday.isBlank() && from.isBlank() && to.isBlank() && reason.isBlank();
        }
    }

    static AvailabilityForm blank() {
        return new AvailabilityForm(List.of(1, 2, 3, 4, 5), DayPart.ANY.name(), null, null, null, null, null, null, null,
                null, null, null);
    }

    static AvailabilityForm of(Availability a) {
        List<String> days = new ArrayList<>();
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        List<String> reason = new ArrayList<>();
        for (Availability.BlockedTime b : a.blocked()) {
            days.add(String.valueOf(b.weekday().getValue()));
            from.add(b.from().toString());
            to.add(b.to().toString());
            reason.add(b.reason());
        }
        return new AvailabilityForm(a.weekdays().stream().map(DayOfWeek::getValue).sorted().toList(),
                a.dayPart().name(), days, from, to, reason, null, a.individualEveryWeeks(), a.familyEveryWeeks(),
                a.medicationEveryWeeks(), a.preferredStaff().stream().map(StaffId::value).toList(), a.version());
    }

    /** The rows to show: those posted (or saved), then blank ones to fill in. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        int n = Math.max(Math.max(size(blockedWeekday), size(blockedFrom)), Math.max(size(blockedTo), size(blockedReason)));
        for (int i = 0; i < n; i++) {
            Row row = new Row(at(blockedWeekday, i), at(blockedFrom, i), at(blockedTo, i), at(blockedReason, i));
            if (!row.blank() && (blockedRemove == null || !blockedRemove.contains(i))) {
                rows.add(row);
            }
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row("", "", "", ""));
        }
        return rows;
    }

    public boolean hasDay(int day) {
        return weekdays != null && weekdays.contains(day);
    }

    public boolean prefers(UUID staff) {
        return preferredStaff != null && preferredStaff.contains(staff);
    }

    /** What was posted, read into details; what cannot be read goes to {@code errors}. */
    AvailabilityDetails details(Map<String, String> errors) {
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (Integer day : weekdays == null ? List.<Integer>of() : weekdays) {
            if (day == null || day < 1 || day > 7) {
                errors.putIfAbsent("weekdays", "Tick the days from the list.");
            } else {
                days.add(DayOfWeek.of(day));
            }
        }
        DayPart part = null;
        if (dayPart != null && !dayPart.isBlank()) {
            try {
                part = DayPart.valueOf(dayPart.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.putIfAbsent("dayPart", "Choose day, evening or either.");
            }
        }
        List<Availability.BlockedTime> blocked = new ArrayList<>();
        List<Row> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            String label = "Blocked time " + (i + 1) + ": ";
            Integer day = null;
            try {
                day = Integer.valueOf(row.weekday().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
            if (day == null || day < 1 || day > 7) {
                errors.putIfAbsent("blocked", label + "choose the day.");
                continue;
            }
            Map<String, String> unreadable = new java.util.HashMap<>();
            LocalTime from = Times.time(row.from(), "from", unreadable).orElse(null);
            LocalTime to = Times.time(row.to(), "to", unreadable).orElse(null);
            if (from == null || to == null) {
                errors.putIfAbsent("blocked", label + "enter from and to as hh:mm, such as 09:00 and 17:00.");
                continue;
            }
            blocked.add(new Availability.BlockedTime(DayOfWeek.of(day), from, to, row.reason()));
        }
        return new AvailabilityDetails(days, part, blocked, individualEveryWeeks, familyEveryWeeks,
                medicationEveryWeeks, preferredStaff == null ? List.of()
                        : preferredStaff.stream().filter(java.util.Objects::nonNull).map(StaffId::new).toList());
    }

    private static int size(@Nullable List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(@Nullable List<String> list, int i) {
        return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i);
    }
}
