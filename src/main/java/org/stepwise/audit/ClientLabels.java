package org.stepwise.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stepwise.shared.ClientId;

/**
 * How the audit report names clients and finds them by record number. The audit module must not depend on the client
 * registry (the registry records its views here), so the registry implements this interface as a bean; without one
 * the report shows client ids and filters by id only.
 *
 * <p>The label is shown to administrators, who do not open charts: give the record number (e.g. {@code SW-001234}),
 * not a name or anything clinical.
 */
public interface ClientLabels {

    /** A short label for the client, such as the record number; empty for an unknown id. */
    Optional<String> label(ClientId client);

    /** The client with this record number (as typed, e.g. {@code SW-001234}); empty when there is none. */
    Optional<ClientId> byRecordNumber(String recordNumber);

    /** Labels for a page of rows at once; override to answer in one query. Unknown ids are left out. */
    default Map<ClientId, String> labels(Set<ClientId> clients) {
        Map<ClientId, String> labels = new LinkedHashMap<>();
        for (ClientId client : clients) {
            label(client).ifPresent(label -> labels.put(client, label));
        }
        return labels;
    }
}
