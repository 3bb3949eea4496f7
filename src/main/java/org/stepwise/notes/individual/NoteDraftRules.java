package org.stepwise.notes.individual;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a draft note may hold, as plain Java: the sections of its layout and no others, each plain text within
 * {@link #MAX_SECTION} characters; an objective of the client's own plan; an SUD counseling note only in a Part 2
 * record; a service that has ended, within the last year. Each problem is named with the field it belongs to
 * ({@code sections.<name>} for a section).
 */
public final class NoteDraftRules {

    public static final int MAX_SECTION = 4000;
    /** How far back a note without a session may document a service. */
    public static final Duration OLDEST_SERVICE = Duration.ofDays(366);

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private NoteDraftRules() {}

    /**
     * The sections as they are stored: every section of the layout in its order, stripped, line ends as {@code \n},
     * an absent section empty. Problems go to {@code errors}.
     */
    public static LinkedHashMap<String, String> sections(NoteLayout layout, Map<String, @Nullable String> submitted,
            Map<String, String> errors) {
        for (String key : submitted.keySet()) {
            if (!layout.sections().contains(key)) {
                errors.putIfAbsent("sections", "A " + layout + " note has no section '" + abbreviate(key) + "': its "
                        + "sections are " + String.join(", ", layout.sections()) + ".");
            }
        }
        LinkedHashMap<String, String> sections = new LinkedHashMap<>();
        for (String key : layout.sections()) {
            String value = submitted.get(key);
            String text = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
            String problem = textProblem(text, label(key));
            if (problem != null) {
                errors.put("sections." + key, problem);
            }
            sections.put(key, text);
        }
        if (sections.values().stream().allMatch(String::isEmpty) && !errors.containsKey("sections")) {
            errors.put("sections", "Write at least one section of the note.");
        }
        return sections;
    }

    /** Free text a person wrote: within the limit, no markup, no control characters. */
    public static @Nullable String textProblem(String text, String what) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_SECTION) {
            return what + " is " + length + " characters long; the limit is " + MAX_SECTION + ".";
        }
        if (TAG.matcher(text).find()) {
            return what + " must be plain text: remove anything that looks like a web page tag (a letter right after "
                    + "a '<').";
        }
        if (CONTROL.matcher(text).find()) {
            return what + " contains control characters; write plain text.";
        }
        return null;
    }

    /**
     * Whether the note may link to this objective. A note of a counseling session reports progress on one of the
     * client's objectives when their plan has any; a medication note may name one.
     *
     * @param ofClient whether {@code objective} is one of this client's plan objectives
     */
    public static @Nullable String objectiveProblem(NoteKind kind, @Nullable UUID objective, boolean planHasObjectives,
            boolean ofClient) {
        if (objective == null) {
            return kind != NoteKind.MEDICATION && planHasObjectives
                    ? "Choose the objective of the client's plan this session worked on." : null;
        }
        return ofClient ? null : "Choose one of this client's own plan objectives.";
    }

    /** Whether the note may be an SUD counseling note (42 CFR 2.11): a counseling session's note in a Part 2 record. */
    public static @Nullable String counselingProblem(NoteKind kind, boolean part2, boolean sudCounseling) {
        if (!sudCounseling) {
            return null;
        }
        if (!kind.mayBeCounselingNote()) {
            return "A medication-management note is not an SUD counseling note; untick the box.";
        }
        return part2 ? null : "Only a note in a 42 CFR Part 2 record (substance use treatment) can be an SUD counseling "
                + "note; untick the box.";
    }

    /**
     * When a service without a session ended: a date and a time of day at the program's site, neither in the future
     * nor more than a year ago. Problems go to {@code errors} under {@code serviceDate} and {@code endedAt}.
     */
    public static @Nullable Instant serviceEnded(@Nullable String date, @Nullable String time, ZoneId zone, Instant now,
            Map<String, String> errors) {
        LocalDate day = null;
        LocalTime at = null;
        if (date == null || date.isBlank()) {
            errors.put("serviceDate", "Enter the date of the service as yyyy-mm-dd.");
        } else {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                errors.put("serviceDate", "Enter the date of the service as yyyy-mm-dd.");
            }
        }
        if (time == null || time.isBlank()) {
            errors.put("endedAt", "Enter the time the service ended, as hh:mm.");
        } else {
            try {
                at = LocalTime.parse(time.strip());
            } catch (DateTimeParseException e) {
                errors.put("endedAt", "Enter the time the service ended, as hh:mm (24-hour clock).");
            }
        }
        if (day == null || at == null) {
            return null;
        }
        Instant ended;
        try {
            ended = day.atTime(at).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            errors.put("serviceDate", "Enter the date of the service as yyyy-mm-dd.");
            return null;
        }
        if (ended.isAfter(now)) {
            errors.put("endedAt", "A note documents a service that has ended: the time cannot be in the future.");
            return null;
        }
        if (ended.isBefore(now.minus(OLDEST_SERVICE))) {
            errors.put("serviceDate", "A note documents a service of the last year; check the date.");
            return null;
        }
        return ended;
    }

    /** "medicationsReviewed" as a person reads it: "Medications reviewed". */
    public static String label(String section) {
        String words = section.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String abbreviate(String value) {
        String clean = value.replaceAll("[^A-Za-z0-9_ -]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
