package org.stepwise.notes.individual;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A draft as a page or the API submits it, before any check.
 *
 * @param id chosen by the form when it was opened (or by the caller), so that sending it twice makes one note
 * @param kind INDIVIDUAL, FAMILY or MEDICATION; a session's own kind wins when a session is given
 * @param session the session the note documents, if any; it fixes the date and time of the service
 * @param objective the id of the client's plan objective the note reports on
 * @param sections the text of each section, keyed by section name
 * @param serviceDate the date of a service without a session, yyyy-mm-dd
 * @param endedAt when a service without a session ended, hh:mm at the program's site
 */
public record NoteInput(@Nullable UUID id, @Nullable String kind, @Nullable UUID session, @Nullable String objective,
        Map<String, @Nullable String> sections, boolean sudCounseling, @Nullable String serviceDate,
        @Nullable String endedAt) {

    public NoteInput {
        sections = sections == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections));
    }
}
