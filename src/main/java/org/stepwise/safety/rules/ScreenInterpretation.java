package org.stepwise.safety.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a drug screen's results mean for this client. A positive for a substance the client is prescribed
 * (buprenorphine for a client on buprenorphine) is EXPECTED; any other positive is UNEXPECTED; an invalid or dilute
 * result says nothing either way (NOT_READABLE: collect again). Plain Java.
 */
public final class ScreenInterpretation {

    /** A result as the lab or the test card reports it. */
    public enum Result { NEGATIVE, POSITIVE, INVALID, DILUTE }

    /** What a result means given the client's prescriptions. */
    public enum Reading { NEGATIVE, EXPECTED, UNEXPECTED, NOT_READABLE }

    /**
     * @param readings each substance's reading, in the order of the results given
     */
    public record Interpreted(Map<String, Reading> readings, List<String> unexpectedPositives,
            List<String> expectedPositives, List<String> notReadable) {

        public Interpreted {
            readings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readings));
            unexpectedPositives = List.copyOf(unexpectedPositives);
            expectedPositives = List.copyOf(expectedPositives);
            notReadable = List.copyOf(notReadable);
        }

        public boolean hasUnexpectedPositive() {
            return !unexpectedPositives.isEmpty();
        }
    }

    private ScreenInterpretation() {}

    /**
     * @param results the result per substance (lower-case codes such as {@code buprenorphine})
     * @param prescribed the substances the client was prescribed when the screen was collected
     */
    public static Interpreted of(Map<String, Result> results, Set<String> prescribed) {
        Map<String, Reading> readings = new LinkedHashMap<>();
        List<String> unexpected = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<String> notReadable = new ArrayList<>();
        results.forEach((substance, result) -> {
            Reading reading = switch (result) {
                case NEGATIVE -> Reading.NEGATIVE;
                case INVALID, DILUTE -> Reading.NOT_READABLE;
                case POSITIVE -> prescribed.contains(substance) ? Reading.EXPECTED : Reading.UNEXPECTED;
            };
            readings.put(substance, reading);
            switch (reading) {
                case UNEXPECTED -> unexpected.add(substance);
                case EXPECTED -> expected.add(substance);
                case NOT_READABLE -> notReadable.add(substance);
                case NEGATIVE -> { }
            }
        });
        return new Interpreted(readings, unexpected, expected, notReadable);
    }

    /** A screen as the count of days needs it: the day it was collected and whether it had an unexpected positive. */
    public record Collected(LocalDate collectedOn, boolean unexpectedPositive) {}

    /**
     * Days from the newest screen with an unexpected positive to today (0 on the day itself); empty when no screen had
     * one. A screen dated after today (a typing error elsewhere) counts as today.
     */
    public static OptionalLong daysSinceLastUnexpectedPositive(Collection<Collected> screens, LocalDate today) {
        return screens.stream().filter(Collected::unexpectedPositive).map(Collected::collectedOn)
                .max(LocalDate::compareTo)
                .map(day -> OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(day, today))))
                .orElse(OptionalLong.empty());
    }
}
