package org.stepwise.demo;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Writes a {@link SyntheticClinic} into the organisation, client, episode (V70) and schedule template (V110) tables in
 * one transaction, with batched multi-row inserts, so that a clinic of 10,000 clients loads in seconds. Record numbers
 * come from {@code client_record_number_seq} in registration order, formatted {@code SW-%06d}. Every staff account gets the same password, hashed once (the hash is deliberately slow). One audit
 * row records the load. The clinic must not clash with rows already there (site names, user names): load it into an
 * empty database.
 */
@Component
public class ClinicLoader {

    /** PostgreSQL takes at most 65,535 parameters a statement; stay well below. */
    private static final int MAX_PARAMETERS = 30_000;

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
        rows.put("site", insert("site", List.of("id", "name", "address", "timezone", "crisis_line"), clinic.sites(),
                s -> row(s.id().value(), s.name(), s.address(), s.timezone(), s.crisisLine())));
        rows.put("program", insert("program",
                List.of("id", "site_id", "name", "kind", "default_weekly_hours", "default_length_days"), clinic.programs(),
                p -> row(p.id().value(), p.site().value(), p.name(), p.kind().name(), p.defaultWeeklyHours(),
                        p.defaultLengthDays())));
        rows.put("track", insert("track", List.of("id", "program_id", "name", "period", "capacity"), clinic.tracks(),
                t -> row(t.id().value(), t.program().value(), t.name(), t.period().name(), t.capacity())));
        rows.put("room", insert("room", List.of("id", "site_id", "name", "capacity"), clinic.rooms(),
                r -> row(r.id().value(), r.site().value(), r.name(), r.capacity())));
        rows.put("staff", insert("staff",
                List.of("id", "username", "display_name", "role", "email", "site_id", "active", "created_at"),
                clinic.staff(), s -> row(s.id().value(), s.username(), s.displayName(), s.role().name(), s.email(),
                        s.site() == null ? null : s.site().value(), s.active(), timestamp(s.createdAt()))));
        rows.put("staff_login", insert("staff_login", List.of("staff_id", "password_hash"), clinic.staff(),
                s -> row(s.id().value(), passwordHash)));
        rows.put("staff_credential", insert("staff_credential",
                List.of("id", "staff_id", "licence_type", "licence_number", "issuing_state", "expires_on",
                        "requires_cosignature"),
                clinic.credentials(), c -> row(c.id(), c.staff().value(), c.licenceType(), c.licenceNumber(),
                        c.issuingState(), c.expiresOn(), c.requiresCosignature())));
        Map<ClientId, String> recordNumbers = recordNumbers(clinic.clients());
        rows.put("client", insert("client",
                List.of("id", "record_number", "given_name", "family_name", "preferred_name", "pronouns",
                        "date_of_birth", "sex_at_birth", "gender_identity", "preferred_language", "interpreter_needed",
                        "phone", "phone_digits", "email", "address_line", "city", "state", "postal_code",
                        "emergency_contact_name", "emergency_contact_phone", "emergency_contact_relationship",
                        "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by",
                        "deletion_reason", "version"),
                clinic.clients(), c -> clientRow(c, recordNumbers)));
        rows.put("support_person", insert("support_person",
                List.of("id", "client_id", "position", "name", "relationship", "phone", "email", "may_contact", "notes"),
                clinic.supportPeople(), p -> row(p.id(), p.client().value(), p.position(), p.name(), p.relationship(),
                        p.phone(), p.email(), p.mayContact(), p.notes())));
        rows.put("care_team_member", insert("care_team_member",
                List.of("client_id", "staff_id", "role_on_team", "added_at"), clinic.careTeamMembers(),
                m -> row(m.client().value(), m.staff().value(), m.roleOnTeam(), timestamp(m.addedAt()))));
        writeEpisodesAndSchedules(clinic, rows);
        audit.recordAs("system", "", AuditAction.CREATE, null, "synthetic clinic",
                "Loaded a synthetic clinic (seed %d): %d clients, %d staff, %d support people, %d care team members"
                        .formatted(clinic.spec().seed(), clinic.clients().size(), clinic.staff().size(),
                                clinic.supportPeople().size(), clinic.careTeamMembers().size()));
        return new Loaded(Collections.unmodifiableMap(rows), Map.copyOf(recordNumbers), Duration.ZERO);
    }

    /** Current episodes with their admission in the status history, track templates, curricula, availability. */
    private void writeEpisodesAndSchedules(SyntheticClinic clinic, Map<String, Integer> rows) {
        rows.put("episode", insert("episode",
                List.of("id", "client_id", "program_id", "track_id", "status", "admitted_on", "planned_length_days",
                        "planned_end", "weekly_hours", "level_of_care", "diagnoses", "payer_name", "created_at",
                        "created_by"),
                clinic.episodes(), e -> row(e.id(), e.client().value(), e.program().value(), e.track().value(),
                        "ADMITTED", e.admittedOn(), e.plannedLengthDays(), e.plannedEnd(), e.weeklyHours(), "2.1",
                        e.diagnoses().toArray(String[]::new), e.payerName(), timestamp(e.createdAt()), e.createdBy())));
        rows.put("episode_status_change", insert("episode_status_change",
                List.of("episode_id", "from_status", "to_status", "changed_at", "changed_by", "reason"),
                clinic.episodes(), e -> row(e.id(), null, "ADMITTED", timestamp(e.createdAt()), e.createdBy(),
                        "Admitted to level 2.1")));
        Map<String, java.util.UUID> sessionTypes = new HashMap<>();
        jdbc.query("SELECT code, id FROM session_type",
                rs -> { sessionTypes.put(rs.getString(1), rs.getObject(2, java.util.UUID.class)); });
        rows.put("track_template_block", insert("track_template_block",
                List.of("id", "track_id", "weekday", "starts_at", "session_type_id", "room_id", "facilitator_id",
                        "rotates_topic"),
                clinic.templateBlocks(), b -> row(b.id(), b.track().value(), b.weekday().getValue(), b.startsAt(),
                        sessionTypes.get(b.sessionType()), b.room().value(), b.facilitator().value(),
                        b.rotatesTopic())));
        rows.put("curriculum_topic", insert("curriculum_topic", List.of("id", "track_id", "position", "title"),
                clinic.curriculumTopics(), t -> row(t.id(), t.track().value(), t.position(), t.title())));
        rows.put("client_availability", insert("client_availability",
                List.of("episode_id", "client_id", "weekdays", "day_part", "individual_every_weeks",
                        "family_every_weeks", "medication_every_weeks", "updated_at", "updated_by"),
                clinic.availabilities(), a -> row(a.episode(), a.client().value(),
                        a.weekdays().stream().map(java.time.DayOfWeek::getValue).sorted().toArray(Integer[]::new),
                        a.dayPart().name(), a.individualEveryWeeks(), a.familyEveryWeeks(), a.medicationEveryWeeks(),
                        timestamp(clinic.spec().asOf().atStartOfDay(clinic.spec().zone()).toInstant()), "system")));
        var blocked = clinic.availabilities().stream()
                .flatMap(a -> a.blocked().stream().map(b -> java.util.Map.entry(a.episode(), b))).toList();
        rows.put("client_blocked_time", insert("client_blocked_time",
                List.of("id", "episode_id", "weekday", "from_time", "to_time", "reason"), blocked,
                e -> row(e.getValue().id(), e.getKey(), e.getValue().weekday().getValue(), e.getValue().from(),
                        e.getValue().to(), e.getValue().reason())));
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

    private static @Nullable Object[] clientRow(Client c, Map<ClientId, String> recordNumbers) {
        Address address = c.address();
        EmergencyContact contact = c.emergencyContact();
        Deletion deletion = c.deletion();
        return row(c.id().value(), recordNumbers.get(c.id()), c.givenName(), c.familyName(), c.preferredName(),
                c.pronouns(), c.dateOfBirth(), c.sexAtBirth(), c.genderIdentity(), c.preferredLanguage(),
                c.interpreterNeeded(), c.phone(), c.phoneDigits(), c.email(),
                address == null ? null : address.line(), address == null ? null : address.city(),
                address == null ? null : address.state(), address == null ? null : address.postalCode(),
                contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
                contact == null ? null : contact.relationship(),
                timestamp(c.createdAt()), c.createdBy(), timestamp(c.updatedAt()), c.updatedBy(),
                deletion == null ? null : timestamp(deletion.at()), deletion == null ? null : deletion.by(),
                deletion == null ? null : deletion.reason(recordNumbers.get(deletion.duplicateOf())), c.version());
    }

    /**
     * Inserts the items, many rows per statement ({@code INSERT ... VALUES (...), (...), ...}): one round trip and one
     * statement for up to a thousand rows, several times faster than one statement per row. Each row either lands
     * whole or the load fails and rolls back.
     */
    private <T> int insert(String table, List<String> columns, List<T> items, Function<T, @Nullable Object[]> values) {
        int width = columns.size();
        int perStatement = Math.max(1, Math.min(1000, MAX_PARAMETERS / width));
        String placeholders = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        for (int from = 0; from < items.size(); from += perStatement) {
            List<T> chunk = items.subList(from, Math.min(items.size(), from + perStatement));
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), placeholders));
            jdbc.update(connection -> {
                PreparedStatement statement = connection.prepareStatement(sql);
                int index = 1;
                for (T item : chunk) {
                    @Nullable Object[] row = values.apply(item);
                    if (row.length != width) {
                        throw new IllegalStateException(table + ": " + row.length + " values for " + width + " columns");
                    }
                    for (Object value : row) {
                        statement.setObject(index++, value);
                    }
                }
                return statement;
            });
        }
        return items.size();
    }

    private static @Nullable Object[] row(@Nullable Object... values) {
        return values;
    }

    private static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
