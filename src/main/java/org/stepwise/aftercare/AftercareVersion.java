package org.stepwise.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One version of an aftercare plan. It changes in place until it is reviewed with the client; from then on it is final
 * and the next save starts the next version.
 *
 * @param reviewedOn the day the plan was reviewed with the client, or null while it has not been
 */
public record AftercareVersion(int number, AftercareContent content, String contentHash, Instant createdAt,
        String createdByName, Instant updatedAt, String updatedByName, @Nullable LocalDate reviewedOn,
        @Nullable String reviewedByName) {

    public boolean reviewed() {
        return reviewedOn != null;
    }
}
