package org.stepwise.careplan;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A review as submitted.
 *
 * @param id chosen by the caller (the form carries one): sending the same review twice records it once
 * @param planVersion the plan's lock version the reviewer read
 * @param reviewedOn the day of the review; today when absent
 * @param progress one entry per active objective of the latest version
 */
public record NewReview(@Nullable UUID id, @Nullable Integer planVersion, @Nullable String reviewedOn,
        @Nullable String summary, List<ObjectiveUpdate> progress) {

    public NewReview {
        progress = List.copyOf(progress);
    }

    /**
     * Progress on one objective, optionally with new wording or a new target date (a revision).
     *
     * @param text the revised wording; unchanged when blank
     * @param targetDate the revised target date (yyyy-mm-dd); unchanged when blank
     */
    public record ObjectiveUpdate(@Nullable UUID objectiveId, @Nullable String progress, @Nullable String comment,
            @Nullable String text, @Nullable String targetDate) {}
}
