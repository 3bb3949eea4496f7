package org.stepwise.episodes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an admission came to: admitted, or waitlisted at a position with the expected start (empty when no current
 * episode ends early enough to tell).
 *
 * @param warnings what is allowed but unusual (hours below 9, a level other than 2.1), for the person to double-check
 * @param isNew false when the same request was sent before: nothing changed
 */
public record AdmissionOutcome(Outcome outcome, EpisodeId episode, @Nullable UUID waitlistEntry,
        @Nullable Integer position, @Nullable LocalDate expectedStart, LocalDate admittedOn, List<String> warnings,
        boolean isNew) {

    public enum Outcome { ADMITTED, WAITLISTED }

    public AdmissionOutcome {
        warnings = List.copyOf(warnings);
    }
}
