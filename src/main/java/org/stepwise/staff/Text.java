package org.stepwise.staff;

import org.jspecify.annotations.Nullable;

/** Rules for free text typed by administrators: trimmed, blank means absent, no markup. */
final class Text {

    /** Names and labels never need angle brackets; refusing them keeps markup out of every page and export. */
    static final String PLAIN = "[^<>]*";

    static final String PLAIN_MESSAGE = "Leave out the characters < and >.";

    private Text() {}

    static @Nullable String trimmed(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
