package org.stepwise.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import org.stepwise.shared.ClientId;

/**
 * Stores {@link Client} aggregates with plain SQL. Optimistic locking is explicit: an update names the version it was
 * based on and changes nothing when another transaction has moved it on.
 */
@Repository
public class Clients {

    private static final String COLUMNS = """
            id, record_number, given_name, family_name, preferred_name, pronouns, date_of_birth, sex_at_birth,
            gender_identity, preferred_language, interpreter_needed, phone, email, address_line, city, state,
            postal_code, emergency_contact_name, emergency_contact_phone, emergency_contact_relationship,
            created_at, created_by, updated_at, updated_by, deleted_at, deleted_by, deletion_reason, version""";

    private final JdbcClient jdbc;

    Clients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The client, deleted or not, with its support network. */
    public Optional<Client> find(ClientId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM client WHERE id = ?")
                .param(id.value())
                .query((rs, row) -> map(rs, supportNetwork(id)))
                .optional();
    }

    /** Locks the client row until the end of the transaction, so that support-network changes queue up. */
    public void lock(ClientId id) {
        jdbc.sql("SELECT 1 FROM client WHERE id = ? FOR UPDATE").param(id.value()).query(Integer.class).optional();
    }

    public RecordNumber nextRecordNumber() {
        return RecordNumber.fromSequence(
                jdbc.sql("SELECT nextval('client_record_number_seq')").query(Long.class).single());
    }

    public void insert(Client client) {
        ClientDetails d = client.details();
        StatementSpec sql = jdbc.sql("""
                INSERT INTO client (id, record_number, given_name, family_name, preferred_name, pronouns, date_of_birth,
                    sex_at_birth, gender_identity, preferred_language, interpreter_needed, phone, phone_digits, email,
                    address_line, city, state, postal_code, emergency_contact_name, emergency_contact_phone,
                    emergency_contact_relationship, created_at, created_by, updated_at, updated_by, version)
                VALUES (:id, :recordNumber, :givenName, :familyName, :preferredName, :pronouns, :dateOfBirth,
                    :sexAtBirth, :genderIdentity, :preferredLanguage, :interpreterNeeded, :phone, :phoneDigits, :email,
                    :addressLine, :city, :state, :postalCode, :emergencyContactName, :emergencyContactPhone,
                    :emergencyContactRelationship, :createdAt, :createdBy, :updatedAt, :updatedBy, 0)""")
                .param("id", client.id().value())
                .param("recordNumber", client.recordNumber().value())
                .param("createdAt", timestamp(client.created().at()))
                .param("createdBy", client.created().by());
        details(sql, d, client.updated()).update();
    }

    /** Saves revised details; false when the row is no longer at {@code basedOn} (someone else saved first). */
    public boolean update(Client client, int basedOn) {
        StatementSpec sql = jdbc.sql("""
                UPDATE client SET given_name = :givenName, family_name = :familyName, preferred_name = :preferredName,
                    pronouns = :pronouns, date_of_birth = :dateOfBirth, sex_at_birth = :sexAtBirth,
                    gender_identity = :genderIdentity, preferred_language = :preferredLanguage,
                    interpreter_needed = :interpreterNeeded, phone = :phone, phone_digits = :phoneDigits, email = :email,
                    address_line = :addressLine, city = :city, state = :state, postal_code = :postalCode,
                    emergency_contact_name = :emergencyContactName, emergency_contact_phone = :emergencyContactPhone,
                    emergency_contact_relationship = :emergencyContactRelationship,
                    updated_at = :updatedAt, updated_by = :updatedBy, version = version + 1
                WHERE id = :id AND version = :basedOn AND deleted_at IS NULL""")
                .param("id", client.id().value())
                .param("basedOn", basedOn);
        return details(sql, client.details(), client.updated()).update() == 1;
    }

    /** Records the soft delete; false when the row was already deleted. */
    public boolean markDeleted(Client client) {
        Client.Deletion deletion = java.util.Objects.requireNonNull(client.deletion());
        return jdbc.sql("""
                UPDATE client SET deleted_at = :at, deleted_by = :by, deletion_reason = :reason, updated_at = :at,
                    updated_by = :by, version = version + 1
                WHERE id = :id AND deleted_at IS NULL""")
                .param("at", timestamp(deletion.at()))
                .param("by", deletion.by())
                .param("reason", deletion.reason())
                .param("id", client.id().value())
                .update() == 1;
    }

    public void insertSupportPerson(ClientId client, SupportPerson person) {
        supportPerson(jdbc.sql("""
                INSERT INTO support_person (id, client_id, position, name, relationship, phone, email, may_contact, notes,
                                            version)
                VALUES (:id, :clientId, :position, :name, :relationship, :phone, :email, :mayContact, :notes, :version)"""),
                client, person)
                .param("position", person.position())
                .update();
    }

    /** Saves a changed support person; false when it is no longer at {@code basedOn}. */
    public boolean updateSupportPerson(ClientId client, SupportPerson person, int basedOn) {
        return supportPerson(jdbc.sql("""
                UPDATE support_person SET name = :name, relationship = :relationship, phone = :phone, email = :email,
                    may_contact = :mayContact, notes = :notes, version = :version
                WHERE id = :id AND client_id = :clientId AND version = :basedOn"""), client, person)
                .param("basedOn", basedOn)
                .update() == 1;
    }

    public boolean deleteSupportPerson(ClientId client, UUID personId) {
        return jdbc.sql("DELETE FROM support_person WHERE id = ? AND client_id = ?")
                .params(personId, client.value())
                .update() == 1;
    }

    private static StatementSpec supportPerson(StatementSpec sql, ClientId client, SupportPerson person) {
        SupportPersonDetails d = person.details();
        return sql.param("id", person.id())
                .param("clientId", client.value())
                .param("name", d.name())
                .param("relationship", d.relationship())
                .param("phone", d.phone(), Types.VARCHAR)
                .param("email", d.email(), Types.VARCHAR)
                .param("mayContact", d.mayContact())
                .param("notes", d.notes(), Types.VARCHAR)
                .param("version", person.version());
    }

    /** The client's support network, in the order the chart lists it. */
    public List<SupportPerson> supportNetwork(ClientId id) {
        return jdbc.sql("""
                SELECT id, position, name, relationship, phone, email, may_contact, notes, version
                FROM support_person WHERE client_id = ? ORDER BY position""")
                .param(id.value())
                .query((rs, row) -> new SupportPerson(rs.getObject("id", UUID.class), rs.getInt("position"),
                        new SupportPersonDetails(rs.getString("name"), rs.getString("relationship"),
                                rs.getString("phone"), rs.getString("email"), rs.getBoolean("may_contact"),
                                rs.getString("notes")),
                        rs.getInt("version")))
                .list();
    }

    private static StatementSpec details(StatementSpec sql, ClientDetails d, Client.Stamp updated) {
        return sql.param("givenName", d.givenName())
                .param("familyName", d.familyName())
                .param("preferredName", d.preferredName(), Types.VARCHAR)
                .param("pronouns", d.pronouns(), Types.VARCHAR)
                .param("dateOfBirth", d.dateOfBirth())
                .param("sexAtBirth", d.sexAtBirth() == null ? null : d.sexAtBirth().name(), Types.VARCHAR)
                .param("genderIdentity", d.genderIdentity(), Types.VARCHAR)
                .param("preferredLanguage", d.preferredLanguage())
                .param("interpreterNeeded", d.interpreterNeeded())
                .param("phone", d.phone(), Types.VARCHAR)
                .param("phoneDigits", d.phoneDigits(), Types.VARCHAR)
                .param("email", d.email(), Types.VARCHAR)
                .param("addressLine", d.addressLine(), Types.VARCHAR)
                .param("city", d.city(), Types.VARCHAR)
                .param("state", d.state(), Types.VARCHAR)
                .param("postalCode", d.postalCode(), Types.VARCHAR)
                .param("emergencyContactName", d.emergencyContactName(), Types.VARCHAR)
                .param("emergencyContactPhone", d.emergencyContactPhone(), Types.VARCHAR)
                .param("emergencyContactRelationship", d.emergencyContactRelationship(), Types.VARCHAR)
                .param("updatedAt", timestamp(updated.at()))
                .param("updatedBy", updated.by());
    }

    private static Client map(ResultSet rs, List<SupportPerson> supportNetwork) throws SQLException {
        String sex = rs.getString("sex_at_birth");
        ClientDetails details = new ClientDetails(rs.getString("given_name"), rs.getString("family_name"),
                rs.getString("preferred_name"), rs.getString("pronouns"), rs.getObject("date_of_birth", LocalDate.class),
                sex == null ? null : SexAtBirth.valueOf(sex), rs.getString("gender_identity"),
                rs.getString("preferred_language"), rs.getBoolean("interpreter_needed"), rs.getString("phone"),
                rs.getString("email"), rs.getString("address_line"), rs.getString("city"), rs.getString("state"),
                rs.getString("postal_code"), rs.getString("emergency_contact_name"),
                rs.getString("emergency_contact_phone"), rs.getString("emergency_contact_relationship"));
        Instant deletedAt = instant(rs, "deleted_at");
        Client.Deletion deletion = deletedAt == null ? null
                : new Client.Deletion(rs.getString("deletion_reason"), rs.getString("deleted_by"), deletedAt);
        return new Client(new ClientId(rs.getObject("id", UUID.class)), new RecordNumber(rs.getString("record_number")),
                details, rs.getInt("version"),
                new Client.Stamp(rs.getString("created_by"), java.util.Objects.requireNonNull(instant(rs, "created_at"))),
                new Client.Stamp(rs.getString("updated_by"), java.util.Objects.requireNonNull(instant(rs, "updated_at"))),
                deletion, supportNetwork);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
