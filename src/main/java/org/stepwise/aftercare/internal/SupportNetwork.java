package org.stepwise.aftercare.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.aftercare.SupportContact;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.shared.ClientId;

/**
 * The client's support network (family, partner, sponsor) as sharing the plan needs it: who they are, read through
 * {@link ClientRegistry#supportNetwork}. No chart check or audit (the caller does both).
 */
@Component
public class SupportNetwork {

    private final ClientRegistry registry;

    SupportNetwork(ClientRegistry registry) {
        this.registry = registry;
    }

    public List<SupportContact> of(ClientId client) {
        return registry.supportNetwork(client).stream()
                .map(p -> new SupportContact(p.id(), p.name(), p.relationship())).toList();
    }

    public Optional<SupportContact> find(ClientId client, UUID person) {
        return of(client).stream().filter(p -> p.id().equals(person)).findFirst();
    }
}
