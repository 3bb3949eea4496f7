package org.stepwise.discharge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.discharge.SummaryContent;
import org.stepwise.discharge.SummaryStatus;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** The {@code discharge_summary} table. Every change names the version it read; a stale one changes no row. */
@Repository
public class SummaryStore {

    private static final String SELECT = """
            SELECT id, episode_id, client_id, status, content::text AS content, content_hash, author_id, author_name,
                   drafted_at, updated_by, updated_at, signed_by_name, signed_at, version
            FROM discharge_summary""";

    private final JdbcClient jdbc;

    SummaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored summary, before the service adds what follows from the episode (Part 2). */
    public record Row(UUID id, EpisodeId episode, ClientId client, SummaryStatus status, SummaryContent content,
            String contentHash, StaffId author, String authorName, Instant draftedAt, String updatedBy,
            Instant updatedAt, @Nullable String signedByName, @Nullable Instant signedAt, int version) {}

    public Optional<Row> find(EpisodeId episode) {
        return jdbc.sql(SELECT + " WHERE episode_id = ?").param(episode.value()).query((rs, n) -> map(rs)).optional();
    }

    /** The row, locked until the transaction ends: a save or signature is judged against what no one else changes. */
    public Optional<Row> lock(EpisodeId episode) {
        return jdbc.sql(SELECT + " WHERE episode_id = ? FOR UPDATE").param(episode.value()).query((rs, n) -> map(rs))
                .optional();
    }

    /** The client's summaries, the latest discharge first. */
    public List<Row> forClient(ClientId client) {
        return jdbc.sql(SELECT + " WHERE client_id = ? ORDER BY drafted_at DESC").param(client.value())
                .query((rs, n) -> map(rs)).list();
    }

    /** Whether the client has a summary: the chart shows its section then (an existence check, not client data). */
    public boolean existsFor(ClientId client) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM discharge_summary WHERE client_id = ?)").param(client.value())
                .query(Boolean.class).single();
    }

    /** The drafts an author has not signed yet, oldest first. */
    public List<Row> unsignedBy(StaffId author) {
        return jdbc.sql(SELECT + " WHERE author_id = ? AND status = 'DRAFT' ORDER BY drafted_at").param(author.value())
                .query((rs, n) -> map(rs)).list();
    }

    public void insert(UUID id, EpisodeId episode, ClientId client, SummaryContent content, StaffId author,
            String authorName, Instant at) {
        jdbc.sql("""
                INSERT INTO discharge_summary (id, episode_id, client_id, status, content, content_hash, author_id,
                                               author_name, drafted_at, updated_by, updated_at)
                VALUES (?, ?, ?, 'DRAFT', ?::jsonb, ?, ?, ?, ?, ?, ?)""")
                .params(id, episode.value(), client.value(), SummaryJson.write(content), SummaryJson.sha256(content),
                        author.value(), authorName, Timestamp.from(at), authorName, Timestamp.from(at))
                .update();
    }

    /** Rewrites a draft's content; false when the version is stale or the summary is no longer a draft. */
    public boolean update(UUID id, int version, SummaryContent content, String by, Instant at) {
        return jdbc.sql("""
                UPDATE discharge_summary SET content = ?::jsonb, content_hash = ?, updated_by = ?, updated_at = ?,
                                             version = version + 1
                WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(SummaryJson.write(content), SummaryJson.sha256(content), by, Timestamp.from(at), id, version)
                .update() == 1;
    }

    /** Signs a draft; false when the version is stale or it is signed already. */
    public boolean sign(UUID id, int version, StaffId signer, String signerName, Instant at) {
        return jdbc.sql("""
                UPDATE discharge_summary SET status = 'SIGNED', signed_by_id = ?, signed_by_name = ?, signed_at = ?,
                                             version = version + 1
                WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(signer.value(), signerName, Timestamp.from(at), id, version)
                .update() == 1;
    }

    private static Row map(ResultSet rs) throws SQLException {
        Timestamp signedAt = rs.getTimestamp("signed_at");
        return new Row(rs.getObject("id", UUID.class), new EpisodeId(rs.getObject("episode_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), SummaryStatus.valueOf(rs.getString("status")),
                SummaryJson.read(rs.getString("content")), rs.getString("content_hash"),
                new StaffId(rs.getObject("author_id", UUID.class)), rs.getString("author_name"),
                rs.getTimestamp("drafted_at").toInstant(), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("signed_by_name"),
                signedAt == null ? null : signedAt.toInstant(), rs.getInt("version"));
    }
}
