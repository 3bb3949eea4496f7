package org.stepwise.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.demo.SyntheticClinic.Address;
import org.stepwise.demo.SyntheticClinic.Client;
import org.stepwise.demo.SyntheticClinic.Deletion;
import org.stepwise.demo.SyntheticClinic.EmergencyContact;
import org.stepwise.shared.ClientId;

/**
 * Writes a {@link SyntheticClinic} into the organisation and client tables in one transaction, with JDBC batch inserts,
 * so that a clinic of 10,000 clients loads in seconds. Record numbers come from {@code client_record_number_seq} in
 * registration order, formatted {@code SW-%06d}. Every staff account gets the same password, hashed once (the hash is
 * deliberately slow). One audit row records the load. The clinic must not clash with rows already there (site names,
 * user names): load into an empty database.
 */
@Component
public class ClinicLoader {

    private static final int BATCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    ClinicLoader(JdbcTemplate jdbc, TransactionTemplate transaction, PasswordEncoder passwords, AuditLog audit) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwords = passwords;
        this.audit = audit;
    }

    /**
     * What a load wrote.
     *
     * @param rows rows inserted per table, in insertion order
     * @param recordNumbers the record number given to each client
     * @param elapsed wall-clock time of the whole load, hashing the password included
     */
    public record Loaded(Map<String, Integer> rows, Map<ClientId, String> recordNumbers, Duration elapsed) {

        public int totalRows() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Loads the clinic; every staff account signs in with {@code password}. */
    public Loaded load(SyntheticClinic clinic, String password) {
        long started = System.nanoTime();
        String passwordHash = passwords.encode(password);
        Loaded loaded = transaction.execute(status -> write(clinic, passwordHash));
        return new Loaded(loaded.rows(), loaded.recordNumbers(), Duration.ofNanos(System.nanoTime() - started));
    }

    private Loaded write(SyntheticClinic clinic, String passwordHash) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("site", batch("INSERT INTO site (id, name, address, timezone, crisis_line) VALUES (?, ?, ?, ?, ?)",
                clinic.sites(), (ps, s) -> {
                    ps.setObject(1, s.id().value());
                    ps.setString(2, s.name());
                    ps.setString(3, s.address());
                    ps.setString(4, s.timezone());
                    ps.setString(5, s.crisisLine());
                }));
        rows.put("program", batch("""
                INSERT INTO program (id, site_id, name, kind, default_weekly_hours, default_length_days)
                VALUES (?, ?, ?, ?, ?, ?)""", clinic.programs(), (ps, p) -> {
                    ps.setObject(1, p.id().value());
                    ps.setObject(2, p.site().value());
                    ps.setString(3, p.name());
                    ps.setString(4, p.kind().name());
                    ps.setBigDecimal(5, p.defaultWeeklyHours());
                    ps.setInt(6, p.defaultLengthDays());
                }));
        rows.put("track", batch("INSERT INTO track (id, program_id, name, period, capacity) VALUES (?, ?, ?, ?, ?)",
                clinic.tracks(), (ps, t) -> {
                    ps.setObject(1, t.id().value());
                    ps.setObject(2, t.program().value());
                    ps.setString(3, t.name());
                    ps.setString(4, t.period().name());
                    ps.setInt(5, t.capacity());
                }));
        rows.put("room", batch("INSERT INTO room (id, site_id, name, capacity) VALUES (?, ?, ?, ?)", clinic.rooms(),
                (ps, r) -> {
                    ps.setObject(1, r.id().value());
                    ps.setObject(2, r.site().value());
                    ps.setString(3, r.name());
                    ps.setInt(4, r.capacity());
                }));
        rows.put("staff", batch("""
                INSERT INTO staff (id, username, display_name, role, email, site_id, active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", clinic.staff(), (ps, s) -> {
                    ps.setObject(1, s.id().value());
                    ps.setString(2, s.username());
                    ps.setString(3, s.displayName());
                    ps.setString(4, s.role().name());
                    ps.setString(5, s.email());
                    ps.setObject(6, s.site() == null ? null : s.site().value(), Types.OTHER);
                    ps.setBoolean(7, s.active());
                    ps.setObject(8, timestamp(s.createdAt()));
                }));
        rows.put("staff_login", batch("INSERT INTO staff_login (staff_id, password_hash) VALUES (?, ?)", clinic.staff(),
                (ps, s) -> {
                    ps.setObject(1, s.id().value());
                    ps.setString(2, passwordHash);
                }));
        rows.put("staff_credential", batch("""
                INSERT INTO staff_credential (id, staff_id, licence_type, licence_number, issuing_state, expires_on,
                                              requires_cosignature)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", clinic.credentials(), (ps, c) -> {
                    ps.setObject(1, c.id());
                    ps.setObject(2, c.staff().value());
                    ps.setString(3, c.licenceType());
                    ps.setString(4, c.licenceNumber());
                    ps.setString(5, c.issuingState());
                    ps.setObject(6, c.expiresOn());
                    ps.setBoolean(7, c.requiresCosignature());
                }));
        Map<ClientId, String> recordNumbers = recordNumbers(clinic.clients());
        rows.put("client", batch("""
                INSERT INTO client (id, record_number, given_name, family_name, preferred_name, pronouns, date_of_birth,
                                    sex_at_birth, gender_identity, preferred_language, interpreter_needed, phone,
                                    phone_digits, email, address_line, city, state, postal_code, emergency_contact_name,
                                    emergency_contact_phone, emergency_contact_relationship, created_at, created_by,
                                    updated_at, updated_by, deleted_at, deleted_by, deletion_reason, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                clinic.clients(), (ps, c) -> bindClient(ps, c, recordNumbers)));
        rows.put("support_person", batch("""
                INSERT INTO support_person (id, client_id, position, name, relationship, phone, email, may_contact, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", clinic.supportPeople(), (ps, p) -> {
                    ps.setObject(1, p.id());
                    ps.setObject(2, p.client().value());
                    ps.setInt(3, p.position());
                    ps.setString(4, p.name());
                    ps.setString(5, p.relationship());
                    ps.setString(6, p.phone());
                    ps.setString(7, p.email());
                    ps.setBoolean(8, p.mayContact());
                    ps.setString(9, p.notes());
                }));
        rows.put("care_team_member", batch("""
                INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, ?, ?)""",
                clinic.careTeamMembers(), (ps, m) -> {
                    ps.setObject(1, m.client().value());
                    ps.setObject(2, m.staff().value());
                    ps.setString(3, m.roleOnTeam());
                    ps.setObject(4, timestamp(m.addedAt()));
                }));
        audit.recordAs("system", "", AuditAction.CREATE, null, "synthetic clinic",
                "Loaded a synthetic clinic (seed %d): %d clients, %d staff, %d support people, %d care team members"
                        .formatted(clinic.spec().seed(), clinic.clients().size(), clinic.staff().size(),
                                clinic.supportPeople().size(), clinic.careTeamMembers().size()));
        return new Loaded(Collections.unmodifiableMap(rows), Map.copyOf(recordNumbers), Duration.ZERO);
    }

    /** One number from the sequence per client, handed out in registration order. */
    private Map<ClientId, String> recordNumbers(List<Client> clients) {
        List<Long> numbers = jdbc.queryForList(
                "SELECT nextval('client_record_number_seq') FROM generate_series(1, ?)", Long.class, clients.size());
        Collections.sort(numbers);
        Map<ClientId, String> recordNumbers = new HashMap<>();
        for (int i = 0; i < clients.size(); i++) {
            recordNumbers.put(clients.get(i).id(), "SW-%06d".formatted(numbers.get(i)));
        }
        return recordNumbers;
    }

    private static void bindClient(PreparedStatement ps, Client c, Map<ClientId, String> recordNumbers)
            throws SQLException {
        Address address = c.address();
        EmergencyContact contact = c.emergencyContact();
        Deletion deletion = c.deletion();
        ps.setObject(1, c.id().value());
        ps.setString(2, recordNumbers.get(c.id()));
        ps.setString(3, c.givenName());
        ps.setString(4, c.familyName());
        ps.setString(5, c.preferredName());
        ps.setString(6, c.pronouns());
        ps.setObject(7, c.dateOfBirth());
        ps.setString(8, c.sexAtBirth());
        ps.setString(9, c.genderIdentity());
        ps.setString(10, c.preferredLanguage());
        ps.setBoolean(11, c.interpreterNeeded());
        ps.setString(12, c.phone());
        ps.setString(13, c.phoneDigits());
        ps.setString(14, c.email());
        ps.setString(15, address == null ? null : address.line());
        ps.setString(16, address == null ? null : address.city());
        ps.setString(17, address == null ? null : address.state());
        ps.setString(18, address == null ? null : address.postalCode());
        ps.setString(19, contact == null ? null : contact.name());
        ps.setString(20, contact == null ? null : contact.phone());
        ps.setString(21, contact == null ? null : contact.relationship());
        ps.setObject(22, timestamp(c.createdAt()));
        ps.setString(23, c.createdBy());
        ps.setObject(24, timestamp(c.updatedAt()));
        ps.setString(25, c.updatedBy());
        ps.setObject(26, deletion == null ? null : timestamp(deletion.at()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(27, deletion == null ? null : deletion.by());
        ps.setString(28, deletion == null ? null : deletion.reason(recordNumbers.get(deletion.duplicateOf())));
        ps.setInt(29, c.version());
    }

    private <T> int batch(String sql, List<T> items, ParameterizedPreparedStatementSetter<T> binder) {
        jdbc.batchUpdate(sql, items, BATCH_SIZE, binder); // each statement inserts one row or the batch fails
        return items.size();
    }

    private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
