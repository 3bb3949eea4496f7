package org.stepwise.notes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * One note as pages, the API and prints show it, whatever its kind. A group note's entry carries the group's shared
 * text ({@code shared}) and this client's entry only: never another client's entry or name.
 *
 * @param sections the note's own sections in the form's order, choices in words
 * @param objective the plan objective the note reports progress on, if any
 * @param session the session it documents, if any
 * @param timeToSign from the end of the service to the author's signature; null while a draft
 */
public record NoteView(
        NoteId id,
        ClientId client,
        EpisodeId episode,
        NoteKind kind,
        NoteFormat format,
        NoteStatus status,
        List<NoteSection> sections,
        @Nullable GroupText shared,
        @Nullable ObjectiveRef objective,
        @Nullable UUID session,
        LocalDate serviceDate,
        Instant serviceEndedAt,
        StaffId author,
        String authorName,
        boolean part2,
        boolean sudCounseling,
        boolean lateEntry,
        @Nullable String contentHash,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant signedAt,
        @Nullable Duration timeToSign,
        int version,
        List<NoteSignature> signatures,
        List<NoteAddendum> addenda) {

    public NoteView {
        sections = List.copyOf(sections);
        signatures = List.copyOf(signatures);
        addenda = List.copyOf(addenda);
    }

    /** What the group covered, written once for everyone who attended. */
    public record GroupText(UUID groupNote, String topic, String interventions, String summary) {}

    /** The objective a note links to, worded as the plan words it now. */
    public record ObjectiveRef(UUID id, String problem, String goal, String text, boolean active) {}

    public boolean locked() {
        return status.locked();
    }

    /** The raw value of a stored section (a choice's code), or empty. */
    public String section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).map(NoteSection::text).findFirst().orElse("");
    }

    /** "2 h 5 min", "3 d 4 h": how long after the service the author signed; empty while a draft. */
    public String timeToSignText() {
        return timeToSign == null ? "" : TimeToSign.words(timeToSign);
    }

    /** A title such as "Group note: Coping with cravings" or "Individual session note". */
    public String title() {
        return shared == null ? kind.label() : kind.label() + ": " + shared.topic();
    }
}
