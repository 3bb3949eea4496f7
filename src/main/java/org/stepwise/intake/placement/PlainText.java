package org.stepwise.intake.placement;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks free text a clinician writes into a record: present, within the database's limit (counted as PostgreSQL
 * counts, in characters), plain text without HTML tags, and no control characters other than line breaks and tabs.
 */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private PlainText() {}

    /** The problem with {@code text} as a required field of at most {@code max} characters, if there is one. */
    public static Optional<String> problem(@Nullable String text, int max, String what) {
        if (text == null || text.isBlank()) {
            return Optional.of(what + " is required (1 to " + max + " characters).");
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            return Optional.of(what + " is " + length + " characters long; the limit is " + max + ".");
        }
        if (TAG.matcher(text).find()) {
            return Optional.of(what + " must be plain text: remove anything that looks like an HTML tag (such as <script>).");
        }
        if (CONTROL.matcher(text).find()) {
            return Optional.of(what + " contains control characters; write plain text.");
        }
        return Optional.empty();
    }
}
