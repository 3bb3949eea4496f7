package org.stepwise.scheduling.calendar.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.InvalidRequestException;

/**
 * What every feed form sends: which feed the page showed, as its creation time, or {@code none}. A form without it (a
 * forged or truncated request) is refused rather than taken as "whatever feed there is now".
 */
record FeedForm(@Nullable String current) {

    static final String NONE = "none";

    /** The creation time of the feed the page showed, or null when it showed none. */
    @Nullable Instant expected() {
        if (current == null || current.isBlank()) {
            throw incomplete();
        }
        if (current.equals(NONE)) {
            return null;
        }
        try {
            return Instant.parse(current);
        } catch (DateTimeParseException e) {
            throw incomplete();
        }
    }

    private static InvalidRequestException incomplete() {
        return InvalidRequestException.forField("current", "This form is incomplete or out of date; nothing was "
                + "changed. Reload the page and try again.");
    }
}
