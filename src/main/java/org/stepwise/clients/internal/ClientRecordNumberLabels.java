package org.stepwise.clients.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.audit.ClientLabels;
import org.stepwise.shared.ClientId;

/**
 * Names clients in the audit report by record number only: administrators read the report and do not open charts.
 * Soft-deleted clients keep their label, since the report must still say whose record an old row was about.
 */
@Component
class ClientRecordNumberLabels implements ClientLabels {

    private final JdbcClient jdbc;

    ClientRecordNumberLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ClientId> byRecordNumber(String recordNumber) {
        return jdbc.sql("SELECT id FROM client WHERE record_number = upper(trim(?))")
                .param(recordNumber)
                .query(UUID.class)
                .optional()
                .map(ClientId::new);
    }

    @Override
    public Map<ClientId, String> labels(Set<ClientId> clients) {
        Map<ClientId, String> labels = new LinkedHashMap<>();
        if (clients.isEmpty()) {
            return labels;
        }
        jdbc.sql("SELECT id, record_number FROM client WHERE id = ANY(?)")
                .param(clients.stream().map(ClientId::value).toArray(UUID[]::new))
                .query((rs, row) -> labels.put(new ClientId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
        return labels;
    }
}
