package org.stepwise.audit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.audit.AuditAction;
import org.stepwise.shared.ClientId;

/** A checked audit report filter: each part is optional, and all given parts must match. */
public record AuditCriteria(@Nullable String username, @Nullable ClientId client, @Nullable AuditAction action,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public AuditCriteria {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    public static AuditCriteria all() {
        return new AuditCriteria(null, null, null, null, null);
    }

    /** The filter in words, for the audit row that records an export. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (username != null) {
            parts.add("user=" + username);
        }
        if (client != null) {
            parts.add("client=" + client);
        }
        if (action != null) {
            parts.add("action=" + action.name());
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        return parts.isEmpty() ? "all events" : String.join(", ", parts);
    }
}
