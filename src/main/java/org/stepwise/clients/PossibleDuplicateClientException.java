package org.stepwise.clients;

import java.util.List;
import org.stepwise.shared.ConflictException;

/** A person to register looks like clients already registered; nothing was saved until the user confirms. */
public class PossibleDuplicateClientException extends ConflictException {

    private final List<ClientSummary> candidates;

    public PossibleDuplicateClientException(String message, List<ClientSummary> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    public List<ClientSummary> candidates() {
        return candidates;
    }
}
