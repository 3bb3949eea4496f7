package org.stepwise.consents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.consents.ConsentId;
import org.stepwise.consents.Disclosure;
import org.stepwise.consents.DisclosurePurpose;
import org.stepwise.consents.DisclosureRecipient;
import org.stepwise.consents.InformationCategory;
import org.stepwise.consents.RecipientClass;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** The accounting of disclosures: one row per permitted disclosure, never changed. */
@Repository
public class DisclosureStore {

    private final JdbcClient jdbc;

    DisclosureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Disclosure d) {
        jdbc.sql("""
                INSERT INTO disclosure (id, client_id, consent_id, recipient_name, recipient_class, purpose, categories,
                                        disclosed_on, notice_edition, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.client().value(), d.consent().value(), d.recipient().name(),
                        d.recipient().recipientClass() == null ? null : d.recipient().recipientClass().name(),
                        d.purpose().name(), d.categories().stream().map(Enum::name).toArray(String[]::new),
                        d.disclosedOn(), d.noticeEdition(), d.recordedBy().value(),
                        ConsentStore.timestamp(d.recordedAt()))
                .update();
    }

    /** The client's disclosures made on or after {@code from}, the most recent first. */
    public List<Disclosure> forClientSince(ClientId client, LocalDate from) {
        return jdbc.sql("SELECT * FROM disclosure WHERE client_id = ? AND disclosed_on >= ? "
                        + "ORDER BY disclosed_on DESC, recorded_at DESC")
                .params(client.value(), from)
                .query(DisclosureStore::row)
                .list();
    }

    private static Disclosure row(ResultSet rs, int rowNumber) throws SQLException {
        String recipientClass = rs.getString("recipient_class");
        return new Disclosure(rs.getObject("id", UUID.class), new ClientId(rs.getObject("client_id", UUID.class)),
                new ConsentId(rs.getObject("consent_id", UUID.class)),
                new DisclosureRecipient(rs.getString("recipient_name"),
                        recipientClass == null ? null : RecipientClass.valueOf(recipientClass)),
                DisclosurePurpose.valueOf(rs.getString("purpose")),
                ConsentStore.list(rs.getArray("categories"), InformationCategory::valueOf),
                rs.getObject("disclosed_on", LocalDate.class), rs.getString("notice_edition"),
                new StaffId(rs.getObject("recorded_by", UUID.class)), ConsentStore.instant(rs, "recorded_at"));
    }
}
