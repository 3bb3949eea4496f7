package org.stepwise.attendance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;

/**
 * A client falling behind: they can no longer reach the week's target, or missed two sessions in a row. Raised once
 * per week (or per run of missed sessions), with the make-up sessions that suited when it was raised; open until
 * someone closes it with a note.
 *
 * @param suggested the make-up sessions suggested, best first
 * @param version incremented when closed (optimistic locking)
 */
public record AttendanceAlert(AttendanceAlertId id, ClientId client, EpisodeId episode, Kind kind, IsoWeek week,
        String reason, Instant openedAt, @Nullable Closure closure, int version, List<SessionId> suggested) {

    public static final int MIN_NOTE = 3;
    public static final int MAX_NOTE = 1000;

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    public enum Kind {
        SHORT_OF_TARGET("Cannot reach this week's hours"),
        MISSED_IN_A_ROW("Missed sessions in a row");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Who closed the alert, when, and what was done or agreed. */
    public record Closure(String note, String by, Instant at) {}

    public AttendanceAlert {
        suggested = List.copyOf(suggested);
    }

    public boolean isOpen() {
        return closure == null;
    }

    /** What is wrong with a closing note, keyed by field ({@code note}); empty when it will do. */
    public static Map<String, String> problemsWithNote(@Nullable String note) {
        Map<String, String> problems = new LinkedHashMap<>();
        String text = note == null ? "" : note.strip();
        int length = text.codePointCount(0, text.length());
        if (length < MIN_NOTE) {
            problems.put("note", "Say what was done or agreed (" + MIN_NOTE + " to " + MAX_NOTE + " characters).");
        } else if (length > MAX_NOTE) {
            problems.put("note", "The note is " + length + " characters long; the limit is " + MAX_NOTE + ".");
        } else if (TAG.matcher(text).find()) {
            problems.put("note", "Write plain text: remove anything that looks like an HTML tag.");
        } else if (CONTROL.matcher(text).find()) {
            problems.put("note", "The note contains control characters; write plain text.");
        }
        return problems;
    }
}
