package org.stepwise.aftercare.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.aftercare.SupportContact;
import org.stepwise.shared.ClientId;

/**
 * The client's support network (family, partner, sponsor), read from the clients module's {@code support_person} table:
 * {@code clients} offers no public read of it, and sharing the plan needs only who they are. Read only; no chart check
 * or audit (the caller does both).
 */
@Component
public class SupportNetwork {

    private final JdbcClient jdbc;

    SupportNetwork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SupportContact> of(ClientId client) {
        return jdbc.sql("SELECT id, name, relationship FROM support_person WHERE client_id = ? ORDER BY position")
                .param(client.value())
                .query((rs, n) -> new SupportContact(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("relationship")))
                .list();
    }

    public Optional<SupportContact> find(ClientId client, UUID person) {
        return of(client).stream().filter(p -> p.id().equals(person)).findFirst();
    }
}
