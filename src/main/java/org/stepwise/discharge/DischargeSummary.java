package org.stepwise.discharge;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * An episode's discharge summary.
 *
 * @param version the lock version a change must name; a later change by someone else is a conflict
 * @param contentHash the SHA-256 of the content's canonical JSON (what the signature signs)
 * @param part2 the episode is a 42 CFR Part 2 record: the PDF carries the redisclosure notice
 */
public record DischargeSummary(UUID id, EpisodeId episode, ClientId client, SummaryStatus status,
        SummaryContent content, String contentHash, StaffId author, String authorName, Instant draftedAt,
        String updatedBy, Instant updatedAt, @Nullable String signedByName, @Nullable Instant signedAt, int version,
        boolean part2) {

    public boolean isDraft() {
        return status == SummaryStatus.DRAFT;
    }
}
