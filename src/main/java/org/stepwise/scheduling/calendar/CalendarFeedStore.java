package org.stepwise.scheduling.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Table {@code calendar_feed}: one row per feed ever made; the live one of a person has no {@code revoked_at}. */
@Repository
class CalendarFeedStore {

    private final JdbcClient jdbc;

    CalendarFeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises changes to one person's feeds until the transaction ends, so that two people replacing the same feed
     * at once leave one live feed, not two. (An advisory lock: the person's own row belongs to another module.)
     */
    void lock(FeedOwner owner) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) AS locked")
                .param("calendar_feed:" + id(owner))
                .query(Integer.class)
                .single();
    }

    Optional<LiveFeed> live(FeedOwner owner) {
        return jdbc.sql("SELECT created_at, created_by FROM calendar_feed WHERE " + column(owner)
                        + " = ? AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1")
                .param(id(owner))
                .query((rs, n) -> new LiveFeed(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)))
                .optional();
    }

    void insert(byte[] tokenHash, FeedOwner owner, Instant at, String by) {
        jdbc.sql("INSERT INTO calendar_feed (token_hash, " + column(owner) + ", created_at, created_by) VALUES (?, ?, ?, ?)")
                .params(tokenHash, id(owner), utc(at), by)
                .update();
    }

    /** Revokes every live feed of the person; how many there were. */
    int revoke(FeedOwner owner, Instant at) {
        return jdbc.sql("UPDATE calendar_feed SET revoked_at = ? WHERE " + column(owner) + " = ? AND revoked_at IS NULL")
                .params(utc(at), id(owner))
                .update();
    }

    /**
     * Whose feed a token hash opens: only a live feed of a client who was not deleted or of an active staff member.
     * Anything else is the same empty answer, so that the URL tells nothing about why it does not work.
     */
    Optional<Holder> holder(byte[] tokenHash) {
        return jdbc.sql("""
                SELECT f.client_id, f.staff_id, s.username
                FROM calendar_feed f
                LEFT JOIN client c ON c.id = f.client_id
                LEFT JOIN staff s ON s.id = f.staff_id
                WHERE f.token_hash = ? AND f.revoked_at IS NULL
                  AND (f.client_id IS NULL OR (c.id IS NOT NULL AND c.deleted_at IS NULL))
                  AND (f.staff_id IS NULL OR (s.id IS NOT NULL AND s.active))""")
                .param(tokenHash)
                .query((rs, n) -> {
                    UUID client = rs.getObject(1, UUID.class);
                    return client != null
                            ? new Holder(new FeedOwner.OfClient(new ClientId(client)), null)
                            : new Holder(new FeedOwner.OfStaff(new StaffId(rs.getObject(2, UUID.class))), rs.getString(3));
                })
                .optional();
    }

    /** A feed's owner, with the staff member's username for the audit row (null for a client). */
    record Holder(FeedOwner owner, @org.jspecify.annotations.Nullable String username) {}

    private static String column(FeedOwner owner) {
        return switch (owner) {
            case FeedOwner.OfClient c -> "client_id";
            case FeedOwner.OfStaff s -> "staff_id";
        };
    }

    private static UUID id(FeedOwner owner) {
        return switch (owner) {
            case FeedOwner.OfClient c -> c.client().value();
            case FeedOwner.OfStaff s -> s.staff().value();
        };
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
