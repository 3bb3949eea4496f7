package org.stepwise.notes.individual;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new note as its form opens: a fresh id (so that a double submission makes one note), each section's starting text
 * from the template, the plan carried forward from the client's last signed note, and the service time to offer.
 */
public record NoteStart(NoteContext context, UUID noteId, Map<String, String> sections,
        @Nullable CarriedForward carriedFrom, String serviceDate, String endedAt) {

    /** Where the plan section's starting text came from, as the form says. */
    public record CarriedForward(UUID note, String kind, LocalDate serviceDate, String author) {}
}
