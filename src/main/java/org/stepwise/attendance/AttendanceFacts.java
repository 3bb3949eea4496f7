package org.stepwise.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.attendance.internal.WeekReader;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.shared.ClientId;

/**
 * Issue 6: a client's weeks and attended days for rules that run as the system (the level-of-care signals). No chart
 * check and no audit row: the caller audits what it shows. People see the same weeks through {@link ClientWeeks}.
 */
@Service
public class AttendanceFacts {

    /** The most weeks one call reads. */
    public static final int MAX_WEEKS = 60;

    private final WeekReader reader;
    private final JdbcClient jdbc;

    AttendanceFacts(WeekReader reader, JdbcClient jdbc) {
        this.reader = reader;
        this.jdbc = jdbc;
    }

    /** The episode's weeks from {@code first} to {@code last}, in order (at most {@value #MAX_WEEKS}). */
    @Transactional(readOnly = true)
    public List<ClientWeek> weeks(EpisodeFacts episode, IsoWeek first, IsoWeek last) {
        List<ClientWeek> weeks = new ArrayList<>();
        for (IsoWeek w = first; w.compareTo(last) <= 0 && weeks.size() < MAX_WEEKS; w = w.next()) {
            weeks.add(reader.week(episode, w));
        }
        return weeks;
    }

    /**
     * The days from {@code from} to {@code to} (inclusive, in each session's site time zone) on which the client
     * attended some time of a session: an IOP per-diem unit each.
     */
    @Transactional(readOnly = true)
    public int attendedDays(ClientId client, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(DISTINCT (s.starts_at AT TIME ZONE st.timezone)::date)
                FROM attendance a JOIN session s ON s.id = a.session_id JOIN site st ON st.id = s.site_id
                WHERE a.client_id = ? AND a.attended_hours > 0
                  AND (s.starts_at AT TIME ZONE st.timezone)::date BETWEEN ? AND ?""")
                .params(client.value(), from, to)
                .query(Integer.class)
                .single();
    }

    // --- Issue 7 (discharge summary): an episode's hours scheduled and attended, up to the last day of treatment. ---

    /**
     * The episode's hours from admission through {@code through} (inclusive, in each session's site time zone): the
     * counted hours of the sessions the client was booked into (live bookings of sessions not cancelled; a walk-in's
     * check-in booking counts too), and the hours recorded as attended. Not audited: the caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public EpisodeHours episodeHours(EpisodeId episode, LocalDate through) {
        java.math.BigDecimal scheduled = jdbc.sql("""
                SELECT coalesce(sum(t.counted_hours), 0)
                FROM booking b JOIN session s ON s.id = b.session_id JOIN session_type t ON t.id = s.session_type_id
                     JOIN site st ON st.id = s.site_id
                WHERE b.episode_id = ? AND b.status = 'BOOKED' AND s.status = 'SCHEDULED'
                  AND (s.starts_at AT TIME ZONE st.timezone)::date <= ?""")
                .params(episode.value(), through)
                .query(java.math.BigDecimal.class)
                .single();
        java.math.BigDecimal attended = jdbc.sql("""
                SELECT coalesce(sum(a.attended_hours), 0)
                FROM attendance a JOIN session s ON s.id = a.session_id JOIN site st ON st.id = s.site_id
                WHERE a.episode_id = ? AND (s.starts_at AT TIME ZONE st.timezone)::date <= ?""")
                .params(episode.value(), through)
                .query(java.math.BigDecimal.class)
                .single();
        return new EpisodeHours(scheduled, attended);
    }
    // --- end of issue 7 ---
}
