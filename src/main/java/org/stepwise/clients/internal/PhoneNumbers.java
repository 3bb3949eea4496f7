package org.stepwise.clients.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Phone numbers as people type them: digits with spaces, dots, dashes, brackets and a leading +, and optionally an
 * extension ("x12", "ext. 12"). For search they are kept as digits only, without the extension and without the North
 * American country code 1, so that "(555) 123-4567", "555.123.4567" and "+1 555 123 4567" are all found by "555123".
 */
public final class PhoneNumbers {

    private static final Pattern PHONE = Pattern.compile(
            "^(\\+?[0-9 ().\\-]+?)(?:\\s*(?:x|ext\\.?)\\s*([0-9]{1,6}))?$", Pattern.CASE_INSENSITIVE);

    private PhoneNumbers() {}

    public static boolean isValid(String text) {
        Matcher matcher = PHONE.matcher(text.strip());
        if (!matcher.matches()) {
            return false;
        }
        int digits = onlyDigits(matcher.group(1)).length();
        return digits >= 7 && digits <= 15;
    }

    /** The digits that search matches on, or null when the text is not a phone number. */
    public static @Nullable String searchDigits(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PHONE.matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        return withoutCountryCode(onlyDigits(matcher.group(1)));
    }

    /** The digits of a partial number typed into a search box, normalised like stored numbers. */
    public static String searchPrefix(String text) {
        return withoutCountryCode(onlyDigits(text));
    }

    static String withoutCountryCode(String digits) {
        return digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits;
    }

    static String onlyDigits(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
