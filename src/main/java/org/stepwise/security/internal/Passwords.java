package org.stepwise.security.internal;

import java.security.SecureRandom;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The password rule (length over complexity, as NIST SP 800-63B advises) and generated passwords. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    /** No 0/O, 1/l/I: a generated password is read aloud or copied by hand. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    /** What is wrong with a password someone chose, or null when it may be used. */
    public static @Nullable String problem(@Nullable String password, String username) {
        if (password == null || password.isEmpty()) {
            return "Enter a password of at least " + MIN_LENGTH + " characters.";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters (a few unrelated words make a good one).";
        }
        if (length > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters.";
        }
        if (password.isBlank()) {
            return "A password cannot be only spaces.";
        }
        if (!username.isBlank() && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return "Do not use the username in the password.";
        }
        return null;
    }

    /** Four groups of four characters from 55 (about 92 bits), such as {@code hq7X-m2Kp-aZ4r-T9bc}. */
    public static String generate() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
