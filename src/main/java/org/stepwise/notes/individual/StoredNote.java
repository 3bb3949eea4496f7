package org.stepwise.notes.individual;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * A row of {@code clinical_note} as this package reads it, any kind of note.
 *
 * @param kind GROUP, INDIVIDUAL, FAMILY or MEDICATION
 * @param format GROUP_ENTRY, DAP, BIRP, SOAP or MEDICATION
 * @param sections the note's sections; in the layout's order for the kinds written here
 * @param status DRAFT, AWAITING_COSIGNATURE or SIGNED
 */
public record StoredNote(UUID id, ClientId client, EpisodeId episode, String kind, String format,
        Map<String, String> sections, @Nullable UUID session, @Nullable UUID groupNote, @Nullable UUID objective,
        LocalDate serviceDate, Instant serviceEndedAt, StaffId author, String status, boolean part2,
        boolean sudCounseling, boolean lateEntry, @Nullable String contentHash, @Nullable Instant signedAt,
        Instant createdAt, Instant updatedAt, int version) {

    public StoredNote {
        sections = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
    }

    public boolean isDraft() {
        return status.equals("DRAFT");
    }

    /** Whether the other holds what this note says (its sections, objective, marks and time of service). */
    public boolean sameContent(StoredNote other) {
        return sections.equals(other.sections) && java.util.Objects.equals(objective, other.objective)
                && sudCounseling == other.sudCounseling && part2 == other.part2
                && serviceEndedAt.equals(other.serviceEndedAt);
    }

    /** This note as saved at {@code at}. */
    public StoredNote updatedAt(Instant at) {
        return new StoredNote(id, client, episode, kind, format, sections, session, groupNote, objective, serviceDate,
                serviceEndedAt, author, status, part2, sudCounseling, lateEntry, contentHash, signedAt, createdAt, at,
                version);
    }

    /** The layout of a note written here; empty for a group entry. */
    public java.util.Optional<NoteLayout> layout() {
        try {
            return java.util.Optional.of(NoteLayout.valueOf(format));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
