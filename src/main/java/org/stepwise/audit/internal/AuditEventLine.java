package org.stepwise.audit.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/**
 * One audit event as the report shows it: when (in the clinic's time zone), who, role, which client (with its label
 * when the client registry provides one), what, and from where.
 */
public record AuditEventLine(long seq, ZonedDateTime occurredAt, String username, String role, @Nullable ClientId client,
        @Nullable String clientLabel, String action, String subject, @Nullable String detail,
        @Nullable String remoteAddress) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** When, as shown on the page (clinic time, to the second). */
    public String when() {
        return occurredAt.format(SHOWN);
    }

    /** When, as ISO-8601 with offset, for a machine (the page's {@code <time datetime>}, the CSV). */
    public String whenIso() {
        return occurredAt.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The client as a person reading the report knows it: the label when there is one, else the id. */
    public @Nullable String clientShown() {
        if (client == null) {
            return null;
        }
        return clientLabel != null ? clientLabel : client.toString();
    }

    /** "PROGRAM_DIRECTOR" as "Program director"; the stored value stays as it was written. */
    public String roleShown() {
        if (role.isEmpty()) {
            return "";
        }
        String words = role.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
