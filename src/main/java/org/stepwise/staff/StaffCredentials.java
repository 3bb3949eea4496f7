package org.stepwise.staff;

import jakarta.validation.Validator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.internal.Checks;

/** Licences and certifications of staff, and which of them need renewing soon. */
@Service
public class StaffCredentials {

    /** A credential expiring within this many days (or already expired) needs someone's attention. */
    public static final int ATTENTION_DAYS = 60;

    private static final String DUPLICATE = "This licence (type, number and state) is already on record.";

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final StaffManagement staff;
    private final Clock clock;

    StaffCredentials(JdbcClient jdbc, Validator validator, AuditLog audit, StaffManagement staff, Clock clock) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.staff = staff;
        this.clock = clock;
    }

    /** An active staff member's credential that needs attention, with who holds it. */
    public record NeedingAttention(StaffId staff, String displayName, Role role, Credential credential) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Credential> of(StaffId member) {
        return jdbc.sql("SELECT * FROM staff_credential WHERE staff_id = ? ORDER BY expires_on NULLS LAST, licence_type")
                .param(member.value())
                .query(StaffCredentials::map)
                .list();
    }

    /** Every credential on record, by holder. */
    public Map<StaffId, List<Credential>> byStaff() {
        return jdbc.sql("SELECT * FROM staff_credential ORDER BY expires_on NULLS LAST, licence_type")
                .query(StaffCredentials::map)
                .list()
                .stream()
                .collect(Collectors.groupingBy(Credential::staff));
    }

    @Transactional
    public UUID add(StaffId member, CredentialDetails details) {
        StaffRecord record = staff.get(member);
        Checks checks = Checks.of(validator, details);
        if (details.expiresOn() != null && (details.expiresOn().getYear() < 1950 || details.expiresOn().getYear() > 2199)) {
            checks.add("expiresOn", "Enter the expiry date as it appears on the licence (between 1950 and 2199).");
        }
        if (checks.fine("licenceNumber") && checks.fine("licenceType") && checks.fine("issuingState") && jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM staff_credential WHERE licence_type = ? AND licence_number = ?
                               AND issuing_state IS NOT DISTINCT FROM ?)""")
                .params(details.licenceType(), details.licenceNumber(), details.issuingState())
                .query(Boolean.class).single()) {
            checks.add("licenceNumber", DUPLICATE);
        }
        checks.throwIfAny();
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO staff_credential (id, staff_id, licence_type, licence_number, issuing_state, expires_on,
                                                  requires_cosignature)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, member.value(), details.licenceType(), details.licenceNumber(), details.issuingState(),
                            details.expiresOn(), details.requiresCosignature())
                    .update();
        } catch (DuplicateKeyException e) {
            throw InvalidRequestException.forField("licenceNumber", DUPLICATE);
        }
        audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + record.username(), "credential added: "
                + details.licenceType() + (details.expiresOn() == null ? "" : ", expires " + details.expiresOn()));
        return id;
    }

    @Transactional
    public void remove(StaffId member, UUID credential) {
        StaffRecord record = staff.get(member);
        Credential removed = of(member).stream().filter(c -> c.id().equals(credential)).findFirst()
                .orElseThrow(() -> new NotFoundException("This staff member has no such credential."));
        jdbc.sql("DELETE FROM staff_credential WHERE id = ? AND staff_id = ?").params(credential, member.value()).update();
        audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + record.username(),
                "credential removed: " + removed.licenceType());
    }

    /** Credentials of active staff that have expired or expire within {@link #ATTENTION_DAYS} days, soonest first. */
    public List<NeedingAttention> needingAttention() {
        return jdbc.sql("""
                SELECT c.*, s.display_name, s.role FROM staff_credential c JOIN staff s ON s.id = c.staff_id
                WHERE s.active AND c.expires_on <= ? ORDER BY c.expires_on, lower(s.display_name)""")
                .param(today().plusDays(ATTENTION_DAYS))
                .query((rs, row) -> new NeedingAttention(new StaffId(rs.getObject("staff_id", UUID.class)),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), map(rs, row)))
                .list();
    }

    public long countNeedingAttention() {
        return jdbc.sql("""
                SELECT count(*) FROM staff_credential c JOIN staff s ON s.id = c.staff_id
                WHERE s.active AND c.expires_on <= ?""")
                .param(today().plusDays(ATTENTION_DAYS))
                .query(Long.class).single();
    }

    private static Credential map(ResultSet rs, int row) throws SQLException {
        LocalDate expires = rs.getObject("expires_on", LocalDate.class);
        return new Credential(rs.getObject("id", UUID.class), new StaffId(rs.getObject("staff_id", UUID.class)),
                rs.getString("licence_type"), rs.getString("licence_number"), rs.getString("issuing_state"),
                expires, rs.getBoolean("requires_cosignature"));
    }
}
