package org.stepwise.clients;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;

/**
 * What to search the registry for; every criterion given must match.
 *
 * @param text a name prefix ("smi", "smi jo" in either order), a record number ("SW-001234", "1234"), a phone prefix
 *     ("555 12") or a date of birth ("1980-04-02", "4/2/1980")
 * @param dateOfBirth exact date of birth
 * @param recordNumber exact record number, with or without the {@code SW-} and leading zeros
 * @param phone the first digits of the phone number; punctuation is ignored
 * @param careTeamOf only clients on this staff member's care team
 * @param registeredSince only clients registered at or after this instant
 * @param limit at most this many results, 1 to {@value #MAX_LIMIT}
 */
public record ClientSearch(@Nullable String text, @Nullable LocalDate dateOfBirth, @Nullable String recordNumber,
        @Nullable String phone, @Nullable StaffId careTeamOf, @Nullable Instant registeredSince, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_TEXT = 100;
    /** "Recently registered": the Today page's count and the list it links to both look back this far. */
    public static final Duration RECENT = Duration.ofDays(7);

    public ClientSearch {
        text = blankToNull(text);
        recordNumber = blankToNull(recordNumber);
        phone = blankToNull(phone);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequestException.forField("limit", "Ask for 1 to " + MAX_LIMIT + " results.");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw InvalidRequestException.forField("q", "Search with at most " + MAX_TEXT + " characters.");
        }
        if (recordNumber != null && recordNumber.length() > 20) {
            throw InvalidRequestException.forField("recordNumber", "Enter a record number like SW-001234.");
        }
        if (phone != null && phone.length() > 30) {
            throw InvalidRequestException.forField("phone", "Enter at most 30 characters of the phone number.");
        }
    }

    /** A search for the text typed into a single search box. */
    public static ClientSearch forText(@Nullable String text) {
        return new ClientSearch(text, null, null, null, null, null, DEFAULT_LIMIT);
    }

    /** True when nothing to search for was given: such a search returns nothing rather than every client. */
    public boolean isEmpty() {
        return text == null && dateOfBirth == null && recordNumber == null && phone == null && careTeamOf == null
                && registeredSince == null;
    }

    /** The criteria in words, for the audit log (never the results). */
    public String describe() {
        StringBuilder out = new StringBuilder();
        append(out, "q", text);
        append(out, "dob", dateOfBirth);
        append(out, "recordNumber", recordNumber);
        append(out, "phone", phone);
        append(out, "careTeamOf", careTeamOf);
        append(out, "registeredSince", registeredSince);
        append(out, "limit", limit);
        return out.toString();
    }

    private static void append(StringBuilder out, String name, @Nullable Object value) {
        if (value != null) {
            if (!out.isEmpty()) {
                out.append("; ");
            }
            out.append(name).append('=').append(value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
