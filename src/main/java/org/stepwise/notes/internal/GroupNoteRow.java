package org.stepwise.notes.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.notes.rules.ContentHash;
import org.stepwise.shared.StaffId;

/** A row of {@code group_note}: what a session covered, written once for everyone who attended. */
public record GroupNoteRow(UUID id, UUID session, String topic, String interventions, String summary, StaffId author,
        String authorName, Instant createdAt, Instant updatedAt, @Nullable Instant signedAt, int version) {

    public ContentHash.GroupText text() {
        return new ContentHash.GroupText(topic, interventions, summary);
    }

    public boolean signed() {
        return signedAt != null;
    }
}
