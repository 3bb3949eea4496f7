package org.stepwise.attendance.web;

import org.stepwise.scheduling.IsoWeek;
import org.stepwise.shared.InvalidRequestException;

/** Reads the {@code yyyy-Www} of an address, answering a 400 that names the format. */
final class Weeks {

    private static final String FORMAT = "Weeks are written yyyy-Www, for example 2026-W48.";

    private Weeks() {}

    static IsoWeek parse(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            throw InvalidRequestException.forField("week", message.contains("yyyy-Www") ? message
                    : message + " " + FORMAT);
        }
    }
}
