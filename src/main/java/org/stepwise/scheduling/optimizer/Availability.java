package org.stepwise.scheduling.optimizer;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** When a client can come: which weekdays, day or evening, and the times their work or school blocks. */
public record Availability(Set<DayOfWeek> days, DayPart part, List<TimeSlot> blocked) {

    public Availability {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        Objects.requireNonNull(part, "part");
        blocked = List.copyOf(blocked);
    }

    public static Availability of(DayPart part, DayOfWeek... days) {
        return new Availability(Set.of(days), part, List.of());
    }

    public Availability blocking(TimeSlot time) {
        List<TimeSlot> more = new java.util.ArrayList<>(blocked);
        more.add(time);
        return new Availability(days, part, more);
    }

    /** Fast, no words: the optimizer asks this hundreds of thousands of times per week planned. */
    public boolean allows(TimeSlot time) {
        if (!days.contains(time.day()) || !part.contains(time.start())) {
            return false;
        }
        for (TimeSlot block : blocked) {
            if (block.overlaps(time)) {
                return false;
            }
        }
        return true;
    }

    /** Why the client cannot come at this time, in words ("not on Tuesdays"), or empty when they can. */
    public Optional<String> whyNot(TimeSlot time) {
        if (!days.contains(time.day())) {
            return Optional.of("they do not come on " + TimeSlot.longDay(time.day()) + "s (available " + daysLabel() + ")");
        }
        if (!part.contains(time.start())) {
            return Optional.of("it is not in their " + part.word() + " hours");
        }
        return blocked.stream().filter(time::overlaps).findFirst()
                .map(block -> "it overlaps their blocked time " + block.rangeLabel());
    }

    /** "Mon, Wed and Thu", in week order. */
    public String daysLabel() {
        List<String> names = EnumSet.copyOf(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : days).stream()
                .map(TimeSlot::shortDay).toList();
        return joinWithAnd(names);
    }

    /** "Mon and Wed, evenings". */
    public String label() {
        return (days.isEmpty() ? "no days" : daysLabel()) + ", " + part.word() + "s"
                + (blocked.isEmpty() ? "" : " (blocked " + blocked.stream().map(TimeSlot::rangeLabel)
                        .collect(Collectors.joining(", ")) + ")");
    }

    static String joinWithAnd(List<String> words) {
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
