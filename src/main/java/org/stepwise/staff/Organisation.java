package org.stepwise.staff;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.internal.Checks;

/**
 * The organisation: sites, their programs and rooms, and the programs' tracks. Reads for every module; changes for
 * administrators, each checked in full, guarded by the record's version, and audited in the same transaction.
 */
@Service
public class Organisation {

    private static final String STALE = "Someone else changed this %s after you opened it. Open it again to see "
            + "their change, then reapply yours.";
    private static final String SITE_TAKEN = "A site with this name already exists.";
    private static final String PROGRAM_TAKEN = "This site already has a program with this name.";
    private static final String TRACK_TAKEN = "This program already has a track with this name.";
    private static final String ROOM_TAKEN = "This site already has a room with this name.";

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;

    Organisation(JdbcClient jdbc, Validator validator, AuditLog audit) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
    }

    // ----- reads

    @Transactional(readOnly = true)
    public List<SiteOverview> overview() {
        List<Site> sites = sites();
        List<Program> programs = jdbc.sql("SELECT * FROM program ORDER BY lower(name)").query(Organisation::program).list();
        List<Track> tracks = jdbc.sql("SELECT * FROM track ORDER BY period, lower(name)").query(Organisation::track).list();
        List<Room> rooms = jdbc.sql("SELECT * FROM room ORDER BY lower(name)").query(Organisation::room).list();
        List<SiteOverview> overview = new ArrayList<>();
        for (Site site : sites) {
            List<SiteOverview.ProgramOverview> siteprograms = programs.stream()
                    .filter(p -> p.site().equals(site.id()))
                    .map(p -> new SiteOverview.ProgramOverview(p,
                            tracks.stream().filter(t -> t.program().equals(p.id())).toList()))
                    .toList();
            overview.add(new SiteOverview(site, siteprograms,
                    rooms.stream().filter(r -> r.site().equals(site.id())).toList()));
        }
        return overview;
    }

    public List<Site> sites() {
        return jdbc.sql("SELECT * FROM site ORDER BY lower(name)").query(Organisation::site).list();
    }

    public Site site(SiteId id) {
        return jdbc.sql("SELECT * FROM site WHERE id = ?").param(id.value()).query(Organisation::site).optional()
                .orElseThrow(() -> new NotFoundException("There is no such site."));
    }

    public Program program(ProgramId id) {
        return jdbc.sql("SELECT * FROM program WHERE id = ?").param(id.value()).query(Organisation::program).optional()
                .orElseThrow(() -> new NotFoundException("There is no such program."));
    }

    public Track track(TrackId id) {
        return jdbc.sql("SELECT * FROM track WHERE id = ?").param(id.value()).query(Organisation::track).optional()
                .orElseThrow(() -> new NotFoundException("There is no such track."));
    }

    public Room room(RoomId id) {
        return jdbc.sql("SELECT * FROM room WHERE id = ?").param(id.value()).query(Organisation::room).optional()
                .orElseThrow(() -> new NotFoundException("There is no such room."));
    }

    // ----- sites

    @Transactional
    public SiteId createSite(SiteDetails details) {
        checkSite(details, null);
        SiteId id = SiteId.random();
        insertOrDuplicate(() -> jdbc.sql("INSERT INTO site (id, name, address, timezone, crisis_line, "
                + "other_crisis_lines) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id.value(), details.name(), details.address(), details.timeZone(), details.crisisLine(),
                        details.otherCrisisLines())
                .update(), SITE_TAKEN);
        audit.record(AuditAction.ADMIN_CHANGE, null, "site " + details.name(), "created");
        return id;
    }

    @Transactional
    public void updateSite(SiteId id, int version, SiteDetails details) {
        Site before = site(id);
        checkSite(details, id);
        int updated = insertOrDuplicate(() -> jdbc.sql("""
                UPDATE site SET name = ?, address = ?, timezone = ?, crisis_line = ?, other_crisis_lines = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(details.name(), details.address(), details.timeZone(), details.crisisLine(),
                        details.otherCrisisLines(), id.value(), version)
                .update(), SITE_TAKEN);
        stale(updated, "site");
        audit.record(AuditAction.ADMIN_CHANGE, null, "site " + details.name(), changed(Map.of(
                "name", diff(before.name(), details.name()), "address", diff(before.address(), details.address()),
                "time zone", diff(before.timeZone(), details.timeZone()),
                "crisis line", diff(before.crisisLine(), details.crisisLine()),
                "other crisis lines", diff(before.otherCrisisLines(), details.otherCrisisLines()))));
    }

    private void checkSite(SiteDetails details, @Nullable SiteId self) {
        Checks checks = Checks.of(validator, details);
        if (details.timeZone() != null && checks.fine("timeZone") && !isZone(details.timeZone())) {
            checks.add("timeZone", "That is not a time zone name: use one like America/New_York or America/Chicago.");
        }
        checkName(checks, "site", null, null, details.name(), self, SITE_TAKEN);
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || zone.equals("UTC");
        } catch (DateTimeException e) {
            return false;
        }
    }

    // ----- programs

    @Transactional
    public ProgramId createProgram(SiteId site, ProgramDetails details) {
        Site owner = site(site);
        checkProgram(site, details, null);
        ProgramId id = ProgramId.random();
        insertOrDuplicate(() -> jdbc.sql("""
                INSERT INTO program (id, site_id, name, kind, default_weekly_hours, default_length_days,
                                     plan_review_days, follow_up_days)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS int[]))""")
                .params(id.value(), site.value(), details.name(), details.kind().name(), details.weeklyHours(),
                        details.lengthOfStayDays(), details.planReviewDaysOrDefault(),
                        sqlArray(details.followUpDaysOrDefault()))
                .update(), PROGRAM_TAKEN);
        audit.record(AuditAction.ADMIN_CHANGE, null, "program " + details.name(), "created at site " + owner.name());
        return id;
    }

    @Transactional
    public void updateProgram(ProgramId id, int version, ProgramDetails details) {
        Program before = program(id);
        checkProgram(before.site(), details, id);
        int updated = insertOrDuplicate(() -> jdbc.sql("""
                UPDATE program SET name = ?, kind = ?, default_weekly_hours = ?, default_length_days = ?,
                                   plan_review_days = ?, follow_up_days = CAST(? AS int[]), version = version + 1
                WHERE id = ? AND version = ?""")
                .params(details.name(), details.kind().name(), details.weeklyHours(), details.lengthOfStayDays(),
                        details.planReviewDaysOrDefault(), sqlArray(details.followUpDaysOrDefault()), id.value(),
                        version)
                .update(), PROGRAM_TAKEN);
        stale(updated, "program");
        audit.record(AuditAction.ADMIN_CHANGE, null, "program " + details.name(), changed(Map.of(
                "name", diff(before.name(), details.name()), "kind", diff(before.kind(), details.kind()),
                "weekly hours", diff(before.weeklyHours().stripTrailingZeros().toPlainString(),
                        details.weeklyHours().stripTrailingZeros().toPlainString()),
                "length of stay", diff(before.lengthOfStayDays(), details.lengthOfStayDays()),
                "plan review days", diff(before.planReviewDays(), details.planReviewDaysOrDefault()),
                "follow-up days", diff(before.followUpDays(), details.followUpDaysOrDefault()))));
    }

    private void checkProgram(SiteId site, ProgramDetails details, @Nullable ProgramId self) {
        Checks checks = Checks.of(validator, details);
        // followup (issue 7): the follow-up days, read from what was typed
        String followUpProblem = FollowUpDays.problem(details.followUpDays());
        if (followUpProblem != null) {
            checks.add("followUpDays", followUpProblem);
        }
        checkName(checks, "program", "site_id", site.value(), details.name(), self, PROGRAM_TAKEN);
    }

    /** A list of days as a PostgreSQL array literal ("{7,30,90}"), cast to int[] in the statement. */
    private static String sqlArray(List<Integer> days) {
        return "{" + String.join(",", days.stream().map(String::valueOf).toList()) + "}";
    }

    // ----- tracks

    @Transactional
    public TrackId createTrack(ProgramId program, TrackDetails details) {
        Program owner = program(program);
        checkTrack(program, details, null);
        TrackId id = TrackId.random();
        insertOrDuplicate(() -> jdbc.sql("INSERT INTO track (id, program_id, name, period, capacity) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), program.value(), details.name(), details.period().name(), details.capacity())
                .update(), TRACK_TAKEN);
        audit.record(AuditAction.ADMIN_CHANGE, null, "track " + details.name(), "created in program " + owner.name());
        return id;
    }

    @Transactional
    public void updateTrack(TrackId id, int version, TrackDetails details) {
        Track before = track(id);
        checkTrack(before.program(), details, id);
        int updated = insertOrDuplicate(() -> jdbc.sql("""
                UPDATE track SET name = ?, period = ?, capacity = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(details.name(), details.period().name(), details.capacity(), id.value(), version)
                .update(), TRACK_TAKEN);
        stale(updated, "track");
        audit.record(AuditAction.ADMIN_CHANGE, null, "track " + details.name(), changed(Map.of(
                "name", diff(before.name(), details.name()), "period", diff(before.period(), details.period()),
                "capacity", diff(before.capacity(), details.capacity()))));
    }

    private void checkTrack(ProgramId program, TrackDetails details, @Nullable TrackId self) {
        checkName(Checks.of(validator, details), "track", "program_id", program.value(), details.name(), self,
                TRACK_TAKEN);
    }

    // ----- rooms

    @Transactional
    public RoomId createRoom(SiteId site, RoomDetails details) {
        Site owner = site(site);
        checkRoom(site, details, null);
        RoomId id = RoomId.random();
        insertOrDuplicate(() -> jdbc.sql("INSERT INTO room (id, site_id, name, capacity) VALUES (?, ?, ?, ?)")
                .params(id.value(), site.value(), details.name(), details.capacity())
                .update(), ROOM_TAKEN);
        audit.record(AuditAction.ADMIN_CHANGE, null, "room " + details.name(), "created at site " + owner.name());
        return id;
    }

    @Transactional
    public void updateRoom(RoomId id, int version, RoomDetails details) {
        Room before = room(id);
        checkRoom(before.site(), details, id);
        int updated = insertOrDuplicate(() -> jdbc.sql("""
                UPDATE room SET name = ?, capacity = ?, version = version + 1 WHERE id = ? AND version = ?""")
                .params(details.name(), details.capacity(), id.value(), version)
                .update(), ROOM_TAKEN);
        stale(updated, "room");
        audit.record(AuditAction.ADMIN_CHANGE, null, "room " + details.name(), changed(Map.of(
                "name", diff(before.name(), details.name()), "capacity", diff(before.capacity(), details.capacity()))));
    }

    private void checkRoom(SiteId site, RoomDetails details, @Nullable RoomId self) {
        checkName(Checks.of(validator, details), "room", "site_id", site.value(), details.name(), self, ROOM_TAKEN);
    }

    // ----- notes (issue 5): the form of a program's individual and family notes, kept apart from the program form's
    // other fields so that a change of note format never races an edit of the program's defaults

    /** The form the program's individual and family notes take. */
    @Transactional(readOnly = true)
    public NoteFormat noteFormat(ProgramId id) {
        return jdbc.sql("SELECT note_format FROM program WHERE id = ?").param(id.value()).query(String.class).optional()
                .map(NoteFormat::valueOf).orElseThrow(() -> new NotFoundException("There is no such program."));
    }

    /**
     * Changes the form of the program's notes from now on (notes already written keep theirs).
     *
     * @throws ConflictException when someone else changed the program since {@code version}
     */
    @Transactional
    public void changeNoteFormat(ProgramId id, int version, NoteFormat format) {
        Program before = program(id);
        NoteFormat was = noteFormat(id);
        stale(jdbc.sql("UPDATE program SET note_format = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(format.name(), id.value(), version).update(), "program");
        audit.record(AuditAction.ADMIN_CHANGE, null, "program " + before.name(),
                was == format ? "saved without changes" : "changed: note format " + was + " to " + format);
    }

    // ----- helpers

    /** Refuses a name another row of the table (within the same parent) already has, then anything else found. */
    private void checkName(Checks checks, String table, @Nullable String parentColumn, @Nullable UUID parent,
            @Nullable String name, @Nullable Object self, String taken) {
        if (name != null && checks.fine("name") && taken(table, parentColumn, parent, name, self)) {
            checks.add("name", taken);
        }
        checks.throwIfAny();
    }

    /** Whether another row of the table (within the same parent) already has this name, ignoring case. */
    private boolean taken(String table, @Nullable String parentColumn, @Nullable UUID parent, String name,
            @Nullable Object self) {
        String sql = "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE lower(btrim(name)) = lower(btrim(:name))"
                + (parentColumn == null ? "" : " AND " + parentColumn + " = :parent")
                + " AND id IS DISTINCT FROM CAST(:self AS uuid))";
        var statement = jdbc.sql(sql).param("name", name).param("self", self == null ? null : self.toString());
        if (parentColumn != null) {
            statement = statement.param("parent", parent);
        }
        return statement.query(Boolean.class).single();
    }

    /** A concurrent insert of the same name passes the check and meets the unique index: the same message. */
    private static int insertOrDuplicate(java.util.function.IntSupplier write, String taken) {
        try {
            return write.getAsInt();
        } catch (DuplicateKeyException e) {
            throw InvalidRequestException.forField("name", taken);
        }
    }

    private static void stale(int updated, String what) {
        if (updated == 0) {
            throw new ConflictException(STALE.formatted(what));
        }
    }

    private static boolean diff(@Nullable Object before, @Nullable Object after) {
        return !Objects.equals(before, after);
    }

    /** The audit text of an edit: the names of the fields that differ, in alphabetical order. */
    private static String changed(Map<String, Boolean> differs) {
        List<String> names = differs.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted()
                .toList();
        return names.isEmpty() ? "saved without changes" : "changed: " + String.join(", ", names);
    }

    private static Site site(ResultSet rs, int row) throws SQLException {
        return new Site(new SiteId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("address"),
                rs.getString("timezone"), rs.getString("crisis_line"), rs.getInt("version"),
                rs.getString("other_crisis_lines"));
    }

    private static Program program(ResultSet rs, int row) throws SQLException {
        BigDecimal hours = rs.getBigDecimal("default_weekly_hours");
        return new Program(new ProgramId(rs.getObject("id", UUID.class)), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("name"), ProgramKind.valueOf(rs.getString("kind")), hours,
                rs.getInt("default_length_days"), rs.getInt("plan_review_days"), rs.getInt("version"),
                List.of((Integer[]) rs.getArray("follow_up_days").getArray()));
    }

    private static Track track(ResultSet rs, int row) throws SQLException {
        return new Track(new TrackId(rs.getObject("id", UUID.class)), new ProgramId(rs.getObject("program_id", UUID.class)),
                rs.getString("name"), TrackPeriod.valueOf(rs.getString("period")), rs.getInt("capacity"),
                rs.getInt("version"));
    }

    private static Room room(ResultSet rs, int row) throws SQLException {
        return new Room(new RoomId(rs.getObject("id", UUID.class)), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("name"), rs.getInt("capacity"), rs.getInt("version"));
    }
}
