package org.stepwise.clients;

import org.springframework.security.access.AccessDeniedException;
import org.stepwise.shared.ClientId;

/**
 * The user is not on the client's care team and must state a reason (break-glass) before opening the chart. An
 * {@link AccessDeniedException}, so that a controller which does not handle it still answers 403, never 500.
 */
public class BreakGlassRequiredException extends AccessDeniedException {

    private final ClientId client;

    public BreakGlassRequiredException(ClientId client) {
        super("You are not on this client's care team. To open the chart in an emergency, give a reason "
                + "(break-glass); a program director reviews every such access.");
        this.client = client;
    }

    public ClientId client() {
        return client;
    }

    /** The page where the user states a reason. */
    public String pagePath() {
        return "/clients/" + client + "/break-glass";
    }

    /** The API address to POST {@code {"reason": "..."}} to. */
    public String apiPath() {
        return "/api/v1/clients/" + client + "/break-glass";
    }
}
