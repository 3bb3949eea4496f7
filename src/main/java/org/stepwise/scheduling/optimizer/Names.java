package org.stepwise.scheduling.optimizer;

import java.util.Map;
import java.util.UUID;

/**
 * How messages name clients and staff. The optimizer knows only ids; the scheduling module passes the names it shows on
 * its pages, so that a message reads "Alex Doe is already booked at Tue 10:00" rather than an id.
 */
public interface Names {

    String client(UUID clientId);

    String staff(UUID staffId);

    /** "client 1a2b3c4d" and "staff 5e6f7a8b": the first eight hex digits of the id, enough to find it. */
    Names SHORT_IDS = new Names() {
        @Override
        public String client(UUID clientId) {
            return "client " + clientId.toString().substring(0, 8);
        }

        @Override
        public String staff(UUID staffId) {
            return "staff " + staffId.toString().substring(0, 8);
        }
    };

    /** Names from a map of ids to display names, falling back on short ids. */
    static Names of(Map<UUID, String> displayNames) {
        Map<UUID, String> copy = Map.copyOf(displayNames);
        return new Names() {
            @Override
            public String client(UUID clientId) {
                return copy.getOrDefault(clientId, SHORT_IDS.client(clientId));
            }

            @Override
            public String staff(UUID staffId) {
                return copy.getOrDefault(staffId, SHORT_IDS.staff(staffId));
            }
        };
    }
}
