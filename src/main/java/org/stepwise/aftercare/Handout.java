package org.stepwise.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A copy of a version of the plan given to the client, or shared with a member of their support network under a consent
 * (then with the disclosure recorded for the accounting of disclosures).
 */
public record Handout(UUID id, int versionNumber, Recipient recipient, @Nullable UUID supportPerson,
        String recipientName, LocalDate givenOn, String givenByName, Instant recordedAt, @Nullable UUID disclosure) {

    public enum Recipient { CLIENT, SUPPORT_PERSON }
}
