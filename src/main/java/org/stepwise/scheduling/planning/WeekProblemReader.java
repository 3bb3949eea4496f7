package org.stepwise.scheduling.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.scheduling.BookingRules;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.optimizer.AppointmentKind;
import org.stepwise.scheduling.optimizer.AppointmentSlot;
import org.stepwise.scheduling.optimizer.Availability;
import org.stepwise.scheduling.optimizer.ClientWeek;
import org.stepwise.scheduling.optimizer.DayPart;
import org.stepwise.scheduling.optimizer.GroupSession;
import org.stepwise.scheduling.optimizer.StaffWeek;
import org.stepwise.scheduling.optimizer.TimeSlot;
import org.stepwise.scheduling.optimizer.WeekProblem;
import org.stepwise.shared.SiteId;

/**
 * Reads one week of one site (or all) into the optimizer's problem. What is already fixed stays fixed: bookings made by
 * hand or at check-in, and everything in sessions that have started, take their seats out of the session, their
 * hours out of the client's target range and their time out of the client's week. Only group sessions still to come
 * are planned, and only the optimizer's own earlier bookings in them may be replaced.
 */
@Component
class WeekProblemReader {

    /** Appointment times offered by each clinician and prescriber: on the hour in the day and evening windows. */
    private static final List<LocalTime> APPOINTMENT_STARTS = List.of(LocalTime.of(9, 0), LocalTime.of(10, 0),
            LocalTime.of(11, 0), LocalTime.of(12, 0), LocalTime.of(13, 0), LocalTime.of(14, 0), LocalTime.of(15, 0),
            LocalTime.of(17, 0), LocalTime.of(18, 0), LocalTime.of(19, 0), LocalTime.of(20, 0));
    /**
     * The episodes planned: admitted and in treatment during the week, at the site when one is given; {@code e} is the
     * episode and {@code p} its program. Parameters: {@link #planned}.
     */
    private static final String PLANNED_EPISODES = " e.status = 'ADMITTED' AND e.admitted_on <= ? AND e.planned_end >= ?"
            + " AND (CAST(? AS uuid) IS NULL OR p.site_id = ?) ";

    private final JdbcClient jdbc;
    private final PlanningSettings settings;
    private final Clock clock;

    WeekProblemReader(JdbcClient jdbc, PlanningSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    PlanningInput read(IsoWeek week, @Nullable SiteId site) {
        UUID siteId = site == null ? null : site.value();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        List<GroupRow> groups = groupSessions(week, siteId, now);
        Set<UUID> planned = new HashSet<>();
        groups.forEach(g -> planned.add(g.id()));
        List<FixedBooking> fixed = fixedBookings(week, siteId, now);
        Map<UUID, Integer> fixedSeats = new HashMap<>();
        fixed.stream().filter(f -> planned.contains(f.session())).forEach(f -> fixedSeats.merge(f.session(), 1, Integer::sum));

        List<GroupSession> sessions = groups.stream().map(g -> new GroupSession(g.id(), g.series(), g.time(), g.site(),
                g.track(), g.room(), Math.max(0, g.cap() - fixedSeats.getOrDefault(g.id(), 0)), g.facilitator(),
                g.title(), g.countedHours())).toList();

        Map<UUID, String> clientNames = new HashMap<>();
        List<ClientWeek> clients = clients(week, siteId, fixed, clientNames);
        Map<UUID, String> staffNames = new HashMap<>();
        List<StaffRow> staff = staff(siteId, groups, staffNames);
        List<AppointmentSlot> slots = appointmentSlots(week, staff, now);
        List<StaffWeek> staffWeeks = staff.stream()
                .map(s -> new StaffWeek(s.id(), settings.staffMaxHours() * 60, settings.staffMaxAppointmentClients()))
                .toList();
        return new PlanningInput(new WeekProblem(week.monday(), sessions, slots, clients, staffWeeks), clientNames,
                staffNames);
    }

    private record GroupRow(UUID id, UUID series, TimeSlot time, UUID site, UUID track, UUID room, int cap,
            UUID facilitator, String title, BigDecimal countedHours) {}

    private List<GroupRow> groupSessions(IsoWeek week, @Nullable UUID site, OffsetDateTime now) {
        return jdbc.sql("""
                SELECT s.id, coalesce(s.block_id, s.id), (s.starts_at AT TIME ZONE si.timezone), s.ends_at, s.starts_at,
                       s.site_id, s.track_id, s.room_id, s.cap, s.facilitator_id, s.title, t.counted_hours
                FROM session s JOIN session_type t ON t.id = s.session_type_id JOIN site si ON si.id = s.site_id
                WHERE s.week_start = ? AND s.status = 'SCHEDULED' AND s.track_id IS NOT NULL AND s.starts_at > ?
                  AND t.category NOT IN ('INDIVIDUAL_THERAPY', 'FAMILY_THERAPY', 'MEDICATION_MANAGEMENT')
                  AND (CAST(? AS uuid) IS NULL OR s.site_id = ?)
                ORDER BY s.starts_at, s.id""")
                .params(week.monday(), now, site, site)
                .query((rs, n) -> {
                    LocalDateTime local = rs.getObject(3, LocalDateTime.class);
                    int minutes = (int) ChronoUnit.MINUTES.between(rs.getObject(5, OffsetDateTime.class),
                            rs.getObject(4, OffsetDateTime.class));
                    UUID room = rs.getObject(8, UUID.class);
                    return new GroupRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            new TimeSlot(local.getDayOfWeek(), local.toLocalTime(), minutes), rs.getObject(6, UUID.class),
                            rs.getObject(7, UUID.class), room == null ? rs.getObject(1, UUID.class) : room, rs.getInt(9),
                            rs.getObject(10, UUID.class), rs.getString(11), rs.getBigDecimal(12));
                })
                .list();
    }

    /** A live booking the plan must keep: its session, client, time, counted hours and session category. */
    private record FixedBooking(UUID session, UUID client, TimeSlot time, BigDecimal countedHours, String category) {}

    private List<FixedBooking> fixedBookings(IsoWeek week, @Nullable UUID site, OffsetDateTime now) {
        return jdbc.sql("""
                SELECT b.session_id, b.client_id, (s.starts_at AT TIME ZONE si.timezone), s.starts_at, s.ends_at,
                       t.counted_hours, t.category
                FROM booking b JOIN session s ON s.id = b.session_id JOIN session_type t ON t.id = s.session_type_id
                JOIN site si ON si.id = s.site_id
                WHERE s.week_start = ? AND b.status = 'BOOKED' AND s.status = 'SCHEDULED'
                  AND NOT (b.source = 'OPTIMIZER' AND s.starts_at > ? AND s.track_id IS NOT NULL)
                  AND (CAST(? AS uuid) IS NULL OR s.site_id = ?)""")
                .params(week.monday(), now, site, site)
                .query((rs, n) -> {
                    LocalDateTime local = rs.getObject(3, LocalDateTime.class);
                    int minutes = (int) ChronoUnit.MINUTES.between(rs.getObject(4, OffsetDateTime.class),
                            rs.getObject(5, OffsetDateTime.class));
                    return new FixedBooking(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            new TimeSlot(local.getDayOfWeek(), local.toLocalTime(), minutes), rs.getBigDecimal(6),
                            rs.getString(7));
                })
                .list();
    }

    private List<ClientWeek> clients(IsoWeek week, @Nullable UUID site, List<FixedBooking> fixed,
            Map<UUID, String> names) {
        Map<UUID, List<FixedBooking>> fixedByClient = new HashMap<>();
        fixed.forEach(f -> fixedByClient.computeIfAbsent(f.client(), c -> new ArrayList<>()).add(f));
        Map<UUID, Set<UUID>> lastWeek = lastWeekSeries(week, site);
        Map<UUID, Set<UUID>> careTeams = careTeams(week, site);
        Map<UUID, List<TimeSlot>> blocked = blockedTimes(week, site);
        return jdbc.sql("""
                SELECT e.id, e.client_id, p.site_id, e.track_id, e.weekly_hours, e.admitted_on, tr.period,
                       a.weekdays, a.day_part, a.individual_every_weeks, a.family_every_weeks, a.medication_every_weeks,
                       a.preferred_staff, coalesce(c.preferred_name, c.given_name) || ' ' || c.family_name
                FROM episode e JOIN program p ON p.id = e.program_id JOIN track tr ON tr.id = e.track_id
                JOIN client c ON c.id = e.client_id
                LEFT JOIN client_availability a ON a.episode_id = e.id
                WHERE """ + PLANNED_EPISODES + " ORDER BY e.client_id")
                .params(planned(week, site))
                .query((rs, n) -> {
                    UUID client = rs.getObject(2, UUID.class);
                    names.put(client, rs.getString(14));
                    return clientWeek(rs, week, fixedByClient.getOrDefault(client, List.of()),
                            lastWeek.getOrDefault(client, Set.of()), careTeams.getOrDefault(client, Set.of()),
                            blocked.getOrDefault(rs.getObject(1, UUID.class), List.of()));
                })
                .list();
    }

    private ClientWeek clientWeek(ResultSet rs, IsoWeek week, List<FixedBooking> fixed, Set<UUID> lastWeek,
            Set<UUID> careTeam, List<TimeSlot> blockedTimes) throws SQLException {
        UUID episode = rs.getObject(1, UUID.class);
        UUID client = rs.getObject(2, UUID.class);
        BigDecimal target = rs.getBigDecimal(5);
        long weeksIn = ChronoUnit.WEEKS.between(IsoWeek.containing(rs.getObject(6, java.time.LocalDate.class)).monday(),
                week.monday());
        DayPart trackPart = DayPart.valueOf(rs.getString(7));
        String dayPart = rs.getString(9);
        Set<DayOfWeek> days = weekdays(rs.getArray(8));
        DayPart part = dayPart == null || dayPart.equals("ANY") ? trackPart : DayPart.valueOf(dayPart);

        BigDecimal fixedHours = fixed.stream().map(FixedBooking::countedHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<TimeSlot> blocked = new ArrayList<>(blockedTimes);
        fixed.forEach(f -> blocked.add(f.time()));
        BigDecimal max = target.add(BigDecimal.valueOf(settings.hoursAboveTarget())).min(BookingRules.IOP_WEEKLY_CEILING);
        BigDecimal minLeft = target.subtract(fixedHours).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
        BigDecimal maxLeft = max.subtract(fixedHours).max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);

        Map<AppointmentKind, Integer> due = new EnumMap<>(AppointmentKind.class);
        due(due, AppointmentKind.INDIVIDUAL, rs.getObject(10, Integer.class), weeksIn, fixed, "INDIVIDUAL_THERAPY");
        due(due, AppointmentKind.FAMILY, rs.getObject(11, Integer.class), weeksIn, fixed, "FAMILY_THERAPY");
        due(due, AppointmentKind.MEDICATION_MANAGEMENT, rs.getObject(12, Integer.class), weeksIn, fixed,
                "MEDICATION_MANAGEMENT");
        Set<UUID> preferred = new HashSet<>(careTeam);
        Array preferredArray = rs.getArray(13);
        if (preferredArray != null) {
            preferred.addAll(List.of((UUID[]) preferredArray.getArray()));
        }
        return new ClientWeek(client, episode, rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), minLeft,
                maxLeft, new Availability(days, part, blocked), due, lastWeek, preferred);
    }

    /** One appointment of a kind is due in the weeks that are a multiple of its frequency since admission. */
    private static void due(Map<AppointmentKind, Integer> due, AppointmentKind kind, @Nullable Integer everyWeeks,
            long weeksIn, List<FixedBooking> fixed, String category) {
        if (everyWeeks == null || weeksIn < 0 || weeksIn % everyWeeks != 0) {
            return;
        }
        boolean alreadyBooked = fixed.stream().anyMatch(f -> f.category().equals(category));
        if (!alreadyBooked) {
            due.put(kind, 1);
        }
    }

    private static Set<DayOfWeek> weekdays(@Nullable Array array) throws SQLException {
        if (array == null) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Integer day : (Integer[]) array.getArray()) {
            days.add(DayOfWeek.of(day));
        }
        return days;
    }

    /** The parameters of {@link #PLANNED_EPISODES}. */
    private static Object[] planned(IsoWeek week, @Nullable UUID site) {
        return new Object[] {week.sunday(), week.monday(), site, site};
    }

    /** The planned clients' group series of the week before, by client. */
    private Map<UUID, Set<UUID>> lastWeekSeries(IsoWeek week, @Nullable UUID site) {
        Map<UUID, Set<UUID>> series = new HashMap<>();
        jdbc.sql("""
                SELECT b.client_id, s.block_id FROM booking b JOIN session s ON s.id = b.session_id
                WHERE s.week_start = ? AND b.status = 'BOOKED' AND s.block_id IS NOT NULL
                  AND b.client_id IN (SELECT e.client_id FROM episode e JOIN program p ON p.id = e.program_id
                                      WHERE """ + PLANNED_EPISODES + ")")
                .param(week.previous().monday())
                .params(planned(week, site))
                .query((rs, n) -> series.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return series;
    }

    /** The planned clients' care teams, by client. */
    private Map<UUID, Set<UUID>> careTeams(IsoWeek week, @Nullable UUID site) {
        Map<UUID, Set<UUID>> teams = new HashMap<>();
        jdbc.sql("""
                SELECT m.client_id, m.staff_id FROM care_team_member m
                WHERE m.client_id IN (SELECT e.client_id FROM episode e JOIN program p ON p.id = e.program_id
                                      WHERE """ + PLANNED_EPISODES + ")")
                .params(planned(week, site))
                .query((rs, n) -> teams.computeIfAbsent(rs.getObject(1, UUID.class), c -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class)))
                .list();
        return teams;
    }

    /** The planned episodes' blocked hours, by episode. */
    private Map<UUID, List<TimeSlot>> blockedTimes(IsoWeek week, @Nullable UUID site) {
        Map<UUID, List<TimeSlot>> blocked = new HashMap<>();
        jdbc.sql("""
                SELECT b.episode_id, b.weekday, b.from_time, b.to_time FROM client_blocked_time b
                WHERE b.episode_id IN (SELECT e.id FROM episode e JOIN program p ON p.id = e.program_id
                                       WHERE """ + PLANNED_EPISODES + ")")
                .params(planned(week, site))
                .query((rs, n) -> {
                    LocalTime from = rs.getObject(3, LocalTime.class);
                    int minutes = (int) ChronoUnit.MINUTES.between(from, rs.getObject(4, LocalTime.class));
                    return blocked.computeIfAbsent(rs.getObject(1, UUID.class), e -> new ArrayList<>())
                            .add(new TimeSlot(DayOfWeek.of(rs.getInt(2)), from, minutes));
                })
                .list();
        return blocked;
    }

    /** A staff member who offers appointments or facilitates a planned group, and the times they are already taken. */
    private record StaffRow(UUID id, String role, java.time.ZoneId zone) {}

    private List<StaffRow> staff(@Nullable UUID site, List<GroupRow> groups, Map<UUID, String> names) {
        Set<UUID> facilitators = new HashSet<>();
        groups.forEach(g -> facilitators.add(g.facilitator()));
        List<StaffRow> rows = jdbc.sql("""
                SELECT st.id, st.role, st.display_name, coalesce(si.timezone, 'UTC') FROM staff st
                LEFT JOIN site si ON si.id = st.site_id
                WHERE st.active AND (st.id = ANY(?) OR (st.role IN ('CLINICIAN', 'PRESCRIBER')
                      AND (CAST(? AS uuid) IS NULL OR st.site_id = ?)))
                ORDER BY st.id""")
                .params(facilitators.toArray(UUID[]::new), site, site)
                .query((rs, n) -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(3));
                    return new StaffRow(rs.getObject(1, UUID.class), rs.getString(2),
                            java.time.ZoneId.of(rs.getString(4)));
                })
                .list();
        return rows;
    }

    /**
     * Clinicians offer individual and family therapy and prescribers medication management, at the hours of
     * {@link #APPOINTMENT_STARTS} on weekdays from now on, except when they already hold a one-to-one session.
     */
    private List<AppointmentSlot> appointmentSlots(IsoWeek week, List<StaffRow> staff, OffsetDateTime now) {
        Map<UUID, List<TimeSlot>> taken = new HashMap<>();
        jdbc.sql("""
                SELECT s.facilitator_id, (s.starts_at AT TIME ZONE si.timezone), s.starts_at, s.ends_at
                FROM session s JOIN session_type t ON t.id = s.session_type_id JOIN site si ON si.id = s.site_id
                WHERE s.week_start = ? AND s.status = 'SCHEDULED' AND s.facilitator_id = ANY(?)
                  AND (t.category IN ('INDIVIDUAL_THERAPY', 'FAMILY_THERAPY', 'MEDICATION_MANAGEMENT') OR s.starts_at <= ?)""")
                .params(week.monday(), staff.stream().map(StaffRow::id).toArray(UUID[]::new), now)
                .query((rs, n) -> {
                    LocalDateTime local = rs.getObject(2, LocalDateTime.class);
                    int minutes = (int) ChronoUnit.MINUTES.between(rs.getObject(3, OffsetDateTime.class),
                            rs.getObject(4, OffsetDateTime.class));
                    return taken.computeIfAbsent(rs.getObject(1, UUID.class), s -> new ArrayList<>())
                            .add(new TimeSlot(local.getDayOfWeek(), local.toLocalTime(), minutes));
                })
                .list();
        List<AppointmentSlot> slots = new ArrayList<>();
        for (StaffRow member : staff) {
            Set<AppointmentKind> kinds = switch (member.role()) {
                case "CLINICIAN" -> EnumSet.of(AppointmentKind.INDIVIDUAL, AppointmentKind.FAMILY);
                case "PRESCRIBER" -> EnumSet.of(AppointmentKind.MEDICATION_MANAGEMENT);
                default -> EnumSet.noneOf(AppointmentKind.class);
            };
            if (kinds.isEmpty()) {
                continue;
            }
            int minutes = member.role().equals("PRESCRIBER") ? 25 : 50;
            LocalDateTime nowLocal = LocalDateTime.ofInstant(now.toInstant(), member.zone());
            for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
                for (LocalTime start : APPOINTMENT_STARTS) {
                    TimeSlot time = new TimeSlot(day, start, minutes);
                    boolean past = !week.day(day).atTime(start).isAfter(nowLocal);
                    boolean busy = taken.getOrDefault(member.id(), List.of()).stream().anyMatch(time::overlaps);
                    if (!past && !busy) {
                        slots.add(new AppointmentSlot(member.id(), time, kinds));
                    }
                }
            }
        }
        return slots;
    }
}
