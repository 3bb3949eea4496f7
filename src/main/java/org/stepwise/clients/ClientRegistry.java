package org.stepwise.clients;

import java.util.List;
import java.util.Optional;
import org.stepwise.shared.ClientId;

/** Finds clients for other modules. Soft-deleted clients are never returned. */
public interface ClientRegistry {

    /**
     * The client's summary (names, date of birth, record number), without a care-team check and without an audit row:
     * for labelling rows that the caller is already allowed to show. Call {@link ChartAccess#require} before showing
     * anything from the chart itself.
     */
    Optional<ClientSummary> find(ClientId id);

    /** Searches on behalf of the signed-in user; records a SEARCH audit row with the criteria. */
    List<ClientSummary> search(ClientSearch search);
}
