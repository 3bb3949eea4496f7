package org.stepwise.notes;

import java.time.Instant;
import java.util.UUID;
import org.stepwise.shared.StaffId;

/** A correction or later addition to a signed note: its own text, who wrote it and when. Never an edit of the note. */
public record NoteAddendum(UUID id, StaffId author, String authorName, String text, Instant createdAt) {}
