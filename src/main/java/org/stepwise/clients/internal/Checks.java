package org.stepwise.clients.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.InvalidRequestException;

/**
 * Collects what is wrong with a set of fields, one message per field, in the order the form shows them, and cleans the
 * values that pass (trimmed; blank optional text becomes null). Messages tell a person what to do.
 */
final class Checks {

    /** Names never contain markup or control characters; they are shown on every page and printout. */
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[<>\\p{Cntrl}]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    /** Multi-line text may hold line breaks and tabs, but no other control characters. */
    private static final Pattern CONTROL_EXCEPT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\".]{2,}$");

    private final Map<String, String> errors = new LinkedHashMap<>();

    boolean ok(String field) {
        return !errors.containsKey(field);
    }

    void fail(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** Throws an {@link InvalidRequestException} naming every field in error, if there is any. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Check " + (errors.size() == 1 ? "this field" : "these fields") + ": "
                    + String.join(", ", errors.keySet()) + ".", new LinkedHashMap<>(errors));
        }
    }

    /** A required person's name: 1 to max characters, no markup. Returns the trimmed name, or "" when in error. */
    String requiredName(String field, @Nullable String value, int max, String whatToEnter) {
        String text = strip(value);
        if (text == null) {
            fail(field, whatToEnter);
            return "";
        }
        return name(field, text, max);
    }

    @Nullable String optionalName(String field, @Nullable String value, int max) {
        String text = strip(value);
        return text == null ? null : name(field, text, max);
    }

    private String name(String field, String text, int max) {
        if (text.length() > max) {
            fail(field, tooLong(max, text.length()));
        } else if (NOT_IN_NAMES.matcher(text).find()) {
            fail(field, "Use letters, spaces, hyphens and apostrophes; a name cannot contain < or > or control characters.");
        }
        return text;
    }

    String requiredLine(String field, @Nullable String value, int max, String whatToEnter) {
        String text = strip(value);
        if (text == null) {
            fail(field, whatToEnter);
            return "";
        }
        return line(field, text, max);
    }

    @Nullable String optionalLine(String field, @Nullable String value, int max) {
        String text = strip(value);
        return text == null ? null : line(field, text, max);
    }

    private String line(String field, String text, int max) {
        if (text.length() > max) {
            fail(field, tooLong(max, text.length()));
        } else if (CONTROL.matcher(text).find()) {
            fail(field, "Keep this on one line, without control characters.");
        }
        return text;
    }

    /** Free text that may span lines (notes, reasons). */
    @Nullable String optionalText(String field, @Nullable String value, int max) {
        String text = strip(value);
        if (text != null) {
            if (text.length() > max) {
                fail(field, tooLong(max, text.length()));
            } else if (CONTROL_EXCEPT_LINES.matcher(text).find()) {
                fail(field, "Remove the control characters from this text.");
            }
        }
        return text;
    }

    String requiredText(String field, @Nullable String value, int min, int max, String whatToEnter) {
        String text = optionalText(field, value, max);
        if (text == null) {
            fail(field, whatToEnter);
            return "";
        }
        if (text.length() < min) {
            fail(field, "Write at least " + min + " characters (now " + text.length() + ").");
        }
        return text;
    }

    @Nullable String email(String field, @Nullable String value) {
        String text = optionalLine(field, value, 200);
        if (text != null && ok(field) && !EMAIL.matcher(text).matches()) {
            fail(field, "Enter an email address like name@example.org.");
        }
        return text;
    }

    /** A phone number as typed (trimmed), after checking that it is one; see {@link PhoneNumbers}. */
    @Nullable String phone(String field, @Nullable String value) {
        String text = optionalLine(field, value, 30);
        if (text != null && ok(field) && !PhoneNumbers.isValid(text)) {
            fail(field, "Enter a phone number of 7 to 15 digits, such as (555) 123-4567; an extension may follow as x123.");
        }
        return text;
    }

    static String tooLong(int max, int length) {
        return "Use at most " + max + " characters (now " + length + ").";
    }

    static @Nullable String strip(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.isEmpty() ? null : text;
    }
}
