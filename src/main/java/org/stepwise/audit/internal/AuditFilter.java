package org.stepwise.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The audit report's filter as typed (page form and API query parameters alike), before it is checked. Every field is
 * text so that bad input reaches {@link AuditReport#criteria} and is answered with a message beside its field.
 *
 * @param username exact user name
 * @param clientId a record number (e.g. SW-001234) or a client id (UUID)
 * @param action an {@link org.stepwise.audit.AuditAction} name
 * @param from first day, yyyy-mm-dd, inclusive, in the clinic's time zone
 * @param to last day, yyyy-mm-dd, inclusive, in the clinic's time zone
 */
public record AuditFilter(@Nullable String username, @Nullable String clientId, @Nullable String action,
        @Nullable String from, @Nullable String to) {

    /** The filled-in fields, by parameter name, to carry the filter into links (next page, CSV export). */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "username", username);
        put(parameters, "clientId", clientId);
        put(parameters, "action", action);
        put(parameters, "from", from);
        put(parameters, "to", to);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.strip());
        }
    }
}
