package org.stepwise.audit;

import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/** One audited action, before it is given its place in the chain. */
public record AuditEntry(
        String username,
        String role,
        AuditAction action,
        @Nullable ClientId client,
        String subject,
        @Nullable String detail,
        @Nullable String remoteAddress) {

    /**
     * Long free text is cut rather than refused, and a NUL character (which PostgreSQL text cannot hold) is replaced:
     * an audit row must never fail to be written.
     */
    public AuditEntry {
        username = cut(username, 100);
        role = cut(role, 40);
        subject = cut(subject, 200);
        detail = detail == null ? null : cut(detail, 2000);
        remoteAddress = remoteAddress == null ? null : cut(remoteAddress, 100);
    }

    private static String cut(String text, int max) {
        String storable = text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
        if (storable.length() <= max) {
            return storable;
        }
        // Never split a surrogate pair: half an emoji cannot be stored as UTF-8.
        int end = Character.isHighSurrogate(storable.charAt(max - 1)) ? max - 1 : max;
        return storable.substring(0, end);
    }
}
