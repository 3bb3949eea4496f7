package org.stepwise.audit;

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

    /** The client with this record number (as typed, e.g. {@code SW-001234}); empty when there is none. */
    Optional<ClientId> byRecordNumber(String recordNumber);

    /**
     * A short label, such as the record number, for each client of a page of rows, in one look-up. Unknown ids are
     * left out.
     */
    Map<ClientId, String> labels(Set<ClientId> clients);
}
