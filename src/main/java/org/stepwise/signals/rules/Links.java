package org.stepwise.signals.rules;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.UUID;

/** Where each kind of evidence is shown in the application. */
final class Links {

    private Links() {}

    static String chart(UUID client) {
        return "/clients/" + client;
    }

    static String measure(UUID client, UUID administration) {
        return "/clients/" + client + "/measures/" + administration;
    }

    static String week(UUID client, LocalDate monday) {
        return "/clients/" + client + "/weeks/" + monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String safetyAlert(UUID alert) {
        return "/safety/alerts/" + alert;
    }

    static String plan(UUID client) {
        return "/clients/" + client + "/plan";
    }

    static String episodes(UUID client) {
        return "/clients/" + client + "/episodes";
    }
}
