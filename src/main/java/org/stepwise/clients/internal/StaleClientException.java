package org.stepwise.clients.internal;

import org.stepwise.shared.ConflictException;

/**
 * Someone else saved the client after this person loaded it: refused, carrying both versions so that the person can
 * compare them and reapply their change on top of the current one.
 */
public class StaleClientException extends ConflictException {

    private final Client current;
    private final ClientDetails submitted;
    private final int submittedVersion;

    public StaleClientException(Client current, ClientDetails submitted, int submittedVersion) {
        super("Someone else saved this client (version " + current.version() + ") after you loaded version "
                + submittedVersion + ". Compare the two versions and reapply your change on top of the current one.");
        this.current = current;
        this.submitted = submitted;
        this.submittedVersion = submittedVersion;
    }

    public Client current() {
        return current;
    }

    public ClientDetails submitted() {
        return submitted;
    }

    public int submittedVersion() {
        return submittedVersion;
    }
}
