package org.stepwise.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stepwise.staff.StaffDeactivated;
import org.stepwise.staff.StaffRoleChanged;

/**
 * Keeps logins in step with staff records. Runs in the transaction of the change: a deactivated account's API tokens are
 * revoked with it, and its sessions end when it commits. A changed role ends the person's sessions, so that the new
 * role applies from the next sign-in rather than whenever the old session happens to expire; API tokens need nothing,
 * as each call reads the current role.
 */
@Component
class StaffAccountEvents {

    private final ApiTokens tokens;
    private final Sessions sessions;

    StaffAccountEvents(ApiTokens tokens, Sessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @EventListener
    void on(StaffDeactivated event) {
        tokens.revokeAll(event.staff());
        sessions.endAll(event.username());
    }

    @EventListener
    void on(StaffRoleChanged event) {
        sessions.endAll(event.username());
    }
}
