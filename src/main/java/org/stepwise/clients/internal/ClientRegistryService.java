package org.stepwise.clients.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSearch;
import org.stepwise.clients.ClientSummary;
import org.stepwise.clients.SupportNetworkMember;
import org.stepwise.shared.ClientId;

/** {@link ClientRegistry}: look-ups for other modules and the registry's own search. */
@Service
class ClientRegistryService implements ClientRegistry {

    private final ClientQueries queries;
    private final AuditLog audit;
    private final Clients clients;

    ClientRegistryService(ClientQueries queries, AuditLog audit, Clients clients) {
        this.clients = clients;
        this.queries = queries;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClientSummary> find(ClientId id) {
        return queries.summary(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ClientId, ClientSummary> findAll(Collection<ClientId> ids) {
        return queries.summaries(ids);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupportNetworkMember> supportNetwork(ClientId id) {
        return clients.supportNetwork(id).stream()
                .map(p -> new SupportNetworkMember(p.id(), p.details().name(), p.details().relationship())).toList();
    }

    @Override
    @Transactional
    public List<ClientSummary> search(ClientSearch search) {
        if (search.isEmpty()) {
            return List.of();
        }
        List<ClientSummary> results = queries.search(search);
        audit.record(AuditAction.SEARCH, null, "client search", search.describe());
        return results;
    }
}
