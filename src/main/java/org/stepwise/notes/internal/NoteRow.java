package org.stepwise.notes.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.notes.NoteFormat;
import org.stepwise.notes.NoteId;
import org.stepwise.notes.NoteKind;
import org.stepwise.notes.NoteStatus;
import org.stepwise.notes.rules.ContentHash;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * A row of {@code clinical_note} as stored, with its group's shared text when it is a group entry and its author's
 * name. Used inside the module (the individual-note forms of {@code notes.individual} too).
 */
public record NoteRow(NoteId id, ClientId client, EpisodeId episode, NoteKind kind, NoteFormat format,
        Map<String, String> sections, @Nullable UUID session, @Nullable UUID groupNote, @Nullable UUID objective,
        LocalDate serviceDate, Instant serviceEndedAt, StaffId author, String authorName, NoteStatus status,
        boolean part2, boolean sudCounseling, boolean lateEntry, @Nullable String contentHash, Instant createdAt,
        Instant updatedAt, @Nullable Instant signedAt, int version, ContentHash.@Nullable GroupText groupText) {

    public NoteRow {
        sections = Map.copyOf(sections);
    }

    /** What the note says, for its content hash. */
    public ContentHash.Content content() {
        return new ContentHash.Content(kind.name(), format.name(), client.value(), episode.value(), serviceDate,
                serviceEndedAt, objective, part2, sudCounseling, sections, groupText);
    }
}
