package org.stepwise.clients.web;

import java.util.UUID;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/** What the registry's page controllers share: the way to break-glass, and the client named in the address. */
abstract class ClientPageSupport {


    /** The summary of a client that exists and is not deleted (for page titles); 404 otherwise. */
    static ClientSummary summary(ClientRegistry registry, UUID id) {
        return registry.find(new ClientId(id))
                .orElseThrow(() -> new NotFoundException("There is no client with id " + id + "."));
    }
}
