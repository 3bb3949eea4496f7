package org.stepwise.scheduling.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.Availability;
import org.stepwise.scheduling.AvailabilityDetails;
import org.stepwise.scheduling.DayPart;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Clients' availability per episode and their blocked hours (tables {@code client_availability}, {@code client_blocked_time}). */
@Repository
public class AvailabilityStore {

    private final JdbcClient jdbc;

    AvailabilityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Availability> find(EpisodeId episode) {
        List<Availability.BlockedTime> blocked = jdbc.sql("""
                SELECT weekday, from_time, to_time, reason FROM client_blocked_time WHERE episode_id = ?
                ORDER BY weekday, from_time, to_time""")
                .param(episode.value())
                .query((rs, n) -> new Availability.BlockedTime(DayOfWeek.of(rs.getInt(1)),
                        rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class), rs.getString(4)))
                .list();
        return jdbc.sql("SELECT * FROM client_availability WHERE episode_id = ?")
                .param(episode.value())
                .query((rs, n) -> map(rs, blocked))
                .optional();
    }

    /** Inserts the first availability of the episode; a concurrent first save meets the primary key. */
    public void insert(EpisodeId episode, ClientId client, AvailabilityDetails d, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO client_availability (episode_id, client_id, weekdays, day_part, individual_every_weeks,
                    family_every_weeks, medication_every_weeks, preferred_staff, updated_at, updated_by)
                VALUES (?, ?, CAST(? AS int[]), ?, ?, ?, ?, CAST(? AS uuid[]), ?, ?)""")
                .params(episode.value(), client.value(), weekdays(d.weekdays()), d.dayPart().name(),
                        d.individualEveryWeeks(), d.familyEveryWeeks(), d.medicationEveryWeeks(),
                        staff(d.preferredStaff()), at.atOffset(java.time.ZoneOffset.UTC), by)
                .update();
        replaceBlocked(episode, d.blocked());
    }

    /** Saves the availability if it is still at {@code version}; false when someone else saved first. */
    public boolean update(EpisodeId episode, int version, AvailabilityDetails d, Instant at, String by) {
        int updated = jdbc.sql("""
                UPDATE client_availability SET weekdays = CAST(? AS int[]), day_part = ?, individual_every_weeks = ?,
                    family_every_weeks = ?, medication_every_weeks = ?, preferred_staff = CAST(? AS uuid[]),
                    updated_at = ?, updated_by = ?, version = version + 1
                WHERE episode_id = ? AND version = ?""")
                .params(weekdays(d.weekdays()), d.dayPart().name(), d.individualEveryWeeks(), d.familyEveryWeeks(),
                        d.medicationEveryWeeks(), staff(d.preferredStaff()), at.atOffset(java.time.ZoneOffset.UTC), by,
                        episode.value(), version)
                .update();
        if (updated == 1) {
            replaceBlocked(episode, d.blocked());
        }
        return updated == 1;
    }

    private void replaceBlocked(EpisodeId episode, List<Availability.BlockedTime> blocked) {
        jdbc.sql("DELETE FROM client_blocked_time WHERE episode_id = ?").param(episode.value()).update();
        for (Availability.BlockedTime b : blocked) {
            jdbc.sql("""
                    INSERT INTO client_blocked_time (id, episode_id, weekday, from_time, to_time, reason)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), episode.value(), b.weekday().getValue(), b.from(), b.to(), b.reason())
                    .update();
        }
    }

    private static String weekdays(Set<DayOfWeek> days) {
        return days.stream().map(DayOfWeek::getValue).sorted().map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String staff(List<StaffId> staff) {
        return staff.stream().map(s -> s.value().toString()).collect(Collectors.joining(",", "{", "}"));
    }

    private static Availability map(ResultSet rs, List<Availability.BlockedTime> blocked) throws SQLException {
        Array days = rs.getArray("weekdays");
        Array preferred = rs.getArray("preferred_staff");
        Set<DayOfWeek> weekdays = Arrays.stream((Object[]) days.getArray())
                .map(d -> DayOfWeek.of(((Number) d).intValue())).collect(Collectors.toSet());
        List<StaffId> staff = Arrays.stream((Object[]) preferred.getArray())
                .map(s -> new StaffId(s instanceof UUID u ? u : UUID.fromString(s.toString()))).toList();
        return new Availability(
                new EpisodeId(rs.getObject("episode_id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)),
                weekdays,
                DayPart.valueOf(rs.getString("day_part")),
                blocked,
                (Integer) rs.getObject("individual_every_weeks"),
                (Integer) rs.getObject("family_every_weeks"),
                (Integer) rs.getObject("medication_every_weeks"),
                staff,
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getString("updated_by"),
                rs.getInt("version"));
    }
}
