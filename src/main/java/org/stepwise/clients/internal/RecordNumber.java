package org.stepwise.clients.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The clinic's record number for a client: {@code SW-} and at least six digits, from a database sequence. */
public record RecordNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("^SW-[0-9]{6,}$");
    private static final Pattern LOOSE = Pattern.compile("^(?:SW[-\\s]?)?0*([0-9]{1,12})$", Pattern.CASE_INSENSITIVE);

    public RecordNumber {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A record number is SW- and six or more digits, not " + value);
        }
    }

    /** The record number for the sequence's next value: 1234 becomes SW-001234. */
    public static RecordNumber fromSequence(long next) {
        if (next < 0) {
            throw new IllegalArgumentException("Record number sequence gave " + next);
        }
        return new RecordNumber("SW-%06d".formatted(next));
    }

    /** Reads a record number as people type it: "SW-001234", "sw 1234", "001234", "1234". */
    public static Optional<RecordNumber> parse(String text) {
        Matcher matcher = LOOSE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(fromSequence(Long.parseLong(matcher.group(1))));
    }

    /** True when text looks like a record number rather than a phone number ("SW-..." or "sw1234"). */
    static boolean hasPrefix(String text) {
        return text.strip().regionMatches(true, 0, "SW", 0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
