package org.stepwise.scheduling.planning.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.SiteId;

/** Reading a week and an optional site from a request, with messages a person can act on. */
final class Weeks {

    private Weeks() {}

    static IsoWeek parse(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.forField("week", e.getMessage());
        }
    }

    static @Nullable SiteId site(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new SiteId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.forField("site", "Choose a site from the list.");
        }
    }
}
