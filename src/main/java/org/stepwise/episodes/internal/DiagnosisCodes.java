package org.stepwise.episodes.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ICD-10-CM codes as a clinic writes them: a letter, two characters (digit, then digit or letter), and after the dot up to
 * four more letters or digits ({@code F32.1}, {@code F10.20}, {@code T40.1X1A}). Case and a missing dot are forgiven.
 */
public final class DiagnosisCodes {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    private DiagnosisCodes() {}

    /** The code in its usual form (upper case, dot after the third character), or empty when it is not one. */
    public static Optional<String> normalise(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (code.length() > 3 && code.indexOf('.') < 0) {
            code = code.substring(0, 3) + "." + code.substring(3);
        }
        return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
