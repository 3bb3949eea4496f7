package org.stepwise.consents.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.consents.Consent;
import org.stepwise.consents.ConsentId;
import org.stepwise.consents.ConsentKind;
import org.stepwise.consents.ConsentTerms;
import org.stepwise.consents.DisclosurePurpose;
import org.stepwise.consents.ExpiryEventRecord;
import org.stepwise.consents.InformationCategory;
import org.stepwise.consents.RecipientClass;
import org.stepwise.consents.Revocation;
import org.stepwise.consents.RevocationMethod;
import org.stepwise.consents.Signature;
import org.stepwise.consents.SignerType;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Consents in PostgreSQL: the signed terms in {@code consent}, revocations and expiry events beside them. */
@Repository
public class ConsentStore {

    private static final String SELECT = """
            SELECT c.*, r.revoked_on, r.method, r.note AS revocation_note, r.recorded_by AS revoked_by,
                   r.recorded_at AS revocation_recorded_at, e.occurred_on, e.note AS event_note,
                   e.recorded_by AS event_recorded_by, e.recorded_at AS event_recorded_at
            FROM consent c
            LEFT JOIN consent_revocation r ON r.consent_id = c.id
            LEFT JOIN consent_expiry_event e ON e.consent_id = c.id
            """;

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a newly signed consent. Returns false, storing nothing, when a consent with its id exists already. */
    public boolean insert(Consent consent) {
        ConsentTerms t = consent.terms();
        Signature s = t.signature();
        return jdbc.sql("""
                INSERT INTO consent (id, client_id, kind, patient_name, scope, discloser, categories, information_detail,
                                     recipient_names, recipient_classes, purposes, purpose_description,
                                     revocation_statement, expires_on, expiry_event, signer, signer_name,
                                     representative_authority, signed_at, signed_on, witnessed_by, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""")
                .params(t.id().value(), t.client().value(), t.kind().name(), t.patientName(), t.scope(), t.discloser(),
                        names(t.categories()), t.informationDetail(), t.recipientNames().toArray(String[]::new),
                        names(t.recipientClasses()), names(t.purposes()), t.purposeDescription(),
                        t.revocationStatement(), t.expiresOn(), t.expiryEvent(), s.signer().name(), s.signerName(),
                        s.representativeAuthority(), timestamp(s.signedAt()), s.signedOn(), s.witnessedBy().value(),
                        consent.contentHash())
                .update() == 1;
    }

    /** Stores a revocation; false when the consent was revoked already (by someone else, a moment ago). */
    public boolean insertRevocation(ConsentId consent, Revocation r) {
        return jdbc.sql("""
                INSERT INTO consent_revocation (consent_id, revoked_on, method, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (consent_id) DO NOTHING""")
                .params(consent.value(), r.revokedOn(), r.method().name(), r.note(), r.recordedBy().value(),
                        timestamp(r.recordedAt()))
                .update() == 1;
    }

    /** Stores that the expiry event happened; false when it was recorded already. */
    public boolean insertExpiryEvent(ConsentId consent, ExpiryEventRecord e) {
        return jdbc.sql("""
                INSERT INTO consent_expiry_event (consent_id, occurred_on, note, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (consent_id) DO NOTHING""")
                .params(consent.value(), e.occurredOn(), e.note(), e.recordedBy().value(), timestamp(e.recordedAt()))
                .update() == 1;
    }

    public Optional<Consent> find(ConsentId id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id.value()).query(ConsentStore::row).optional();
    }

    /** The consent, locked against a concurrent revocation or expiry event until the transaction ends. */
    public Optional<Consent> lock(ConsentId id) {
        jdbc.sql("SELECT id FROM consent WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional();
        return find(id);
    }

    /** The client's consents, the most recently signed first. */
    public List<Consent> forClient(ClientId client) {
        return jdbc.sql(SELECT + " WHERE c.client_id = ? ORDER BY c.signed_at DESC, c.id")
                .param(client.value())
                .query(ConsentStore::row)
                .list();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static Consent row(ResultSet rs, int rowNumber) throws SQLException {
        Signature signature = new Signature(SignerType.valueOf(rs.getString("signer")), rs.getString("signer_name"),
                rs.getString("representative_authority"), instant(rs, "signed_at"),
                rs.getObject("signed_on", LocalDate.class), new StaffId(rs.getObject("witnessed_by", UUID.class)));
        ConsentTerms terms = new ConsentTerms(new ConsentId(rs.getObject("id", UUID.class)),
                new ClientId(rs.getObject("client_id", UUID.class)), ConsentKind.valueOf(rs.getString("kind")),
                rs.getString("patient_name"), rs.getString("scope"), rs.getString("discloser"),
                list(rs.getArray("categories"), InformationCategory::valueOf), rs.getString("information_detail"),
                list(rs.getArray("recipient_names"), Function.identity()),
                list(rs.getArray("recipient_classes"), RecipientClass::valueOf),
                list(rs.getArray("purposes"), DisclosurePurpose::valueOf), rs.getString("purpose_description"),
                rs.getString("revocation_statement"), rs.getObject("expires_on", LocalDate.class),
                rs.getString("expiry_event"), signature);
        Revocation revocation = rs.getObject("revoked_on", LocalDate.class) == null ? null
                : new Revocation(rs.getObject("revoked_on", LocalDate.class),
                        RevocationMethod.valueOf(rs.getString("method")), rs.getString("revocation_note"),
                        new StaffId(rs.getObject("revoked_by", UUID.class)), instant(rs, "revocation_recorded_at"));
        ExpiryEventRecord event = rs.getObject("occurred_on", LocalDate.class) == null ? null
                : new ExpiryEventRecord(rs.getObject("occurred_on", LocalDate.class), rs.getString("event_note"),
                        new StaffId(rs.getObject("event_recorded_by", UUID.class)), instant(rs, "event_recorded_at"));
        return Consent.restore(terms, rs.getString("content_hash"), revocation, event);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static <T> List<T> list(@Nullable Array array, Function<String, T> convert) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).map(convert).toList();
    }
}
