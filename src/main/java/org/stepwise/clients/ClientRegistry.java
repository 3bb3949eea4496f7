package org.stepwise.clients;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** As {@link #find}, for a page of rows in one query: each client's summary by id; unknown ids are left out. */
    Map<ClientId, ClientSummary> findAll(Collection<ClientId> ids);

    /**
     * The client's support network in the chart's order, without a care-team check or audit row: for a caller that has
     * checked chart access and audits what it shows (issue 7: sharing the aftercare plan with a support person).
     */
    List<SupportNetworkMember> supportNetwork(ClientId id);

    /** Searches on behalf of the signed-in user; records a SEARCH audit row with the criteria. */
    List<ClientSummary> search(ClientSearch search);
}
