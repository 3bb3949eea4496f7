package org.stepwise.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.attendance.AttendanceRecord;
import org.stepwise.careplan.PlanObjective;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.ClientId;

/**
 * The one screen that documents a group: the session, the shared text, one row per client who attended (their
 * attendance, their active objectives and their entry, saved or prefilled), and who was absent or not checked in.
 *
 * @param note the saved group note, or null before the first save
 * @param topic the topic as saved, or prefilled from the session's title
 */
public record GroupNoteSheet(SessionView session, @Nullable Saved note, String topic, String interventions,
        String summary, List<Row> attending, List<Other> absent, List<Other> notCheckedIn) {

    public GroupNoteSheet {
        attending = List.copyOf(attending);
        absent = List.copyOf(absent);
        notCheckedIn = List.copyOf(notCheckedIn);
    }

    /** The group note as stored: its version for the next save, who wrote it, when it was signed. */
    public record Saved(UUID id, int version, String authorName, Instant updatedAt, @Nullable Instant signedAt) {}

    /** An attending client's row. {@code note} is their note once saved. */
    public record Row(ClientId client, EpisodeId episode, String displayName, String recordNumber,
            AttendanceRecord attendance, List<PlanObjective> objectives, GroupNoteInput.Entry entry,
            @Nullable NoteId note, @Nullable NoteStatus status) {}

    /** A client on the roster who gets no note: absent, or with no attendance recorded. */
    public record Other(ClientId client, String displayName, String recordNumber, String why) {}

    public int version() {
        return note == null ? -1 : note.version();
    }

    public boolean signed() {
        return note != null && note.signedAt() != null;
    }
}
