package org.stepwise.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A review of the plan: progress per objective with a comment, a summary, and the version it wrote.
 *
 * @param reviewedVersion the version the reviewer looked at
 * @param newVersion the version the review created
 */
public record PlanReview(UUID id, LocalDate reviewedOn, int reviewedVersion, int newVersion, String summary,
        List<Progress> progress, String reviewedBy, Instant recordedAt) {

    public PlanReview {
        progress = List.copyOf(progress);
    }

    /** Where the client stood on one objective at the review, with the objective's wording then. */
    public record Progress(UUID objectiveId, String objective, ObjectiveProgress progress, @Nullable String comment) {}
}
