package org.stepwise.staff;

import jakarta.validation.Validator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.internal.Checks;

/**
 * Staff records: create, list, edit and deactivate. Logins (passwords, second factors) are the security module's;
 * it creates an account by calling {@link #create} and its own login store in one transaction.
 */
@Service
public class StaffManagement {

    /** Shown when an edit started from an older version than the one saved. */
    public static final String STALE = "Someone else changed this staff record after you opened it. Nothing was "
            + "saved: compare what is saved now with your change, then save again if yours should still apply.";

    private static final String SELECT = """
            SELECT s.id, s.username, s.display_name, s.role, s.site_id, t.name AS site_name, s.email, s.active,
                   s.created_at, s.version,
                   (SELECT min(c.expires_on) FROM staff_credential c WHERE c.staff_id = s.id) AS next_expiry
            FROM staff s LEFT JOIN site t ON t.id = s.site_id
            """;

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffManagement(JdbcClient jdbc, Validator validator, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public List<StaffRecord> list(StaffFilter filter) {
        List<String> where = new ArrayList<>();
        var params = new java.util.HashMap<String, Object>();
        if (filter.role() != null) {
            where.add("s.role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.active() != null) {
            where.add("s.active = :active");
            params.put("active", filter.active());
        }
        if (filter.credentialsNeedingAttention()) {
            where.add("EXISTS (SELECT 1 FROM staff_credential c WHERE c.staff_id = s.id AND c.expires_on <= :limit)");
            params.put("limit", LocalDate.now(clock).plusDays(StaffCredentials.ATTENTION_DAYS));
        }
        String sql = SELECT + (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where))
                + " ORDER BY lower(s.display_name), s.username";
        return jdbc.sql(sql).params(params).query(StaffManagement::map).list();
    }

    public StaffRecord get(StaffId id) {
        return find(id).orElseThrow(() -> new NotFoundException("There is no such staff member."));
    }

    public java.util.Optional<StaffRecord> find(StaffId id) {
        return jdbc.sql(SELECT + "WHERE s.id = ?").param(id.value()).query(StaffManagement::map).optional();
    }

    /** Creates the record of a new account (its login is the caller's to create in the same transaction). */
    @Transactional
    public StaffId create(NewStaff staff) {
        Checks checks = Checks.of(validator, staff);
        if (staff.username() != null && checks.fine("username") && usernameTaken(staff.username())) {
            checks.add("username", "This username is taken: choose another.");
        }
        checkSite(checks, staff.site());
        checks.throwIfAny();
        StaffId id = StaffId.random();
        try {
            jdbc.sql("""
                    INSERT INTO staff (id, username, display_name, role, site_id, email, active, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)""")
                    .params(id.value(), staff.username(), staff.displayName(), staff.role().name(), uuid(staff.site()),
                            staff.email(), OffsetDateTime.now(clock))
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidRequestException.forField("username", "This username is taken: choose another.");
        }
        audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + staff.username(),
                "account created; role " + staff.role().name() + "; site " + siteName(staff.site()));
        return id;
    }

    /**
     * Applies an edit made from {@code version}. A stale version is refused with {@link #STALE}; a role change or
     * deactivation is announced ({@link StaffRoleChanged}, {@link StaffDeactivated}) within the same transaction.
     */
    @Transactional
    public void update(StaffId id, int version, StaffChanges changes) {
        StaffRecord before = get(id);
        Checks checks = Checks.of(validator, changes);
        checkSite(checks, changes.site());
        boolean staysAdministrator = changes.role() == Role.ADMINISTRATOR && changes.active();
        if (before.role() == Role.ADMINISTRATOR && before.active() && !staysAdministrator && checks.fine("role")
                && otherActiveAdministrators(id) == 0) {
            checks.add(changes.active() ? "role" : "active", "This is the only active administrator account: make "
                    + "another account an administrator first, so that someone can still run the system.");
        }
        checks.throwIfAny();
        int updated = jdbc.sql("""
                UPDATE staff SET display_name = ?, role = ?, site_id = ?, email = ?, active = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(changes.displayName(), changes.role().name(), uuid(changes.site()), changes.email(),
                        changes.active(), id.value(), version)
                .update();
        if (updated == 0) {
            throw new ConflictException(STALE);
        }
        audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + before.username(), describe(before, changes));
        if (before.role() != changes.role()) {
            events.publishEvent(new StaffRoleChanged(id, before.username(), before.role(), changes.role()));
        }
        if (before.active() && !changes.active()) {
            events.publishEvent(new StaffDeactivated(id, before.username()));
        }
    }

    /** Deactivates an account as of {@code version}: the holder can no longer sign in or use a token. */
    @Transactional
    public void deactivate(StaffId id, int version) {
        StaffRecord record = get(id);
        if (!record.active()) {
            return; // already done: a repeated click changes nothing
        }
        update(id, version, new StaffChanges(record.displayName(), record.role(), record.site(), record.email(), false));
    }

    private String describe(StaffRecord before, StaffChanges after) {
        List<String> parts = new ArrayList<>();
        if (!before.displayName().equals(after.displayName())) {
            parts.add("display name changed");
        }
        if (before.role() != after.role()) {
            parts.add("role " + before.role().name() + " -> " + after.role().name());
        }
        if (!Objects.equals(before.site(), after.site())) {
            parts.add("site " + (before.siteName() == null ? "none" : before.siteName()) + " -> " + siteName(after.site()));
        }
        if (!Objects.equals(before.email(), after.email())) {
            parts.add("email changed");
        }
        if (before.active() != after.active()) {
            parts.add(after.active() ? "reactivated" : "deactivated");
        }
        return parts.isEmpty() ? "saved without changes" : String.join("; ", parts);
    }

    private void checkSite(Checks checks, @Nullable SiteId site) {
        if (site != null && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM site WHERE id = ?)").param(site.value())
                .query(Boolean.class).single()) {
            checks.add("site", "Choose one of the listed sites.");
        }
    }

    private String siteName(@Nullable SiteId site) {
        return site == null ? "none" : jdbc.sql("SELECT name FROM site WHERE id = ?").param(site.value())
                .query(String.class).optional().orElse("none");
    }

    private boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff WHERE username = ?)").param(username)
                .query(Boolean.class).single();
    }

    private long otherActiveAdministrators(StaffId self) {
        return jdbc.sql("SELECT count(*) FROM staff WHERE role = 'ADMINISTRATOR' AND active AND id <> ?")
                .param(self.value()).query(Long.class).single();
    }

    private static @Nullable UUID uuid(@Nullable SiteId site) {
        return site == null ? null : site.value();
    }

    private static StaffRecord map(ResultSet rs, int row) throws SQLException {
        UUID site = rs.getObject("site_id", UUID.class);
        LocalDate expiry = rs.getObject("next_expiry", LocalDate.class);
        return new StaffRecord(
                new StaffId(rs.getObject("id", UUID.class)),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                site == null ? null : new SiteId(site),
                rs.getString("site_name"),
                rs.getString("email"),
                rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                expiry,
                rs.getInt("version"));
    }
}
