package org.stepwise.aftercare;

import java.util.UUID;

/** A member of the client's support network a copy of the plan may be shared with (under a consent). */
public record SupportContact(UUID id, String name, String relationship) {

    public String describe() {
        return name + " (" + relationship + ")";
    }
}
