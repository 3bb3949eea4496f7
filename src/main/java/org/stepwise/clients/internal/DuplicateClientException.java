package org.stepwise.clients.internal;

import java.util.List;
import org.stepwise.clients.ClientSummary;
import org.stepwise.shared.ConflictException;

/** A new client looks like one already registered; nothing was saved until the person confirms. */
public class DuplicateClientException extends ConflictException {

    private final List<ClientSummary> candidates;

    public DuplicateClientException(List<ClientSummary> candidates) {
        super("This person may already be registered: " + candidates.size() + " client"
                + (candidates.size() == 1 ? " has" : "s have") + " the same date of birth and a similar name, or the "
                + "same phone number. Open the existing record, or confirm that this is a different person.");
        this.candidates = List.copyOf(candidates);
    }

    public List<ClientSummary> candidates() {
        return candidates;
    }
}
