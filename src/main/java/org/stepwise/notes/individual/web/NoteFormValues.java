package org.stepwise.notes.individual.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.notes.individual.NoteInput;
import org.stepwise.notes.individual.NoteStart;
import org.stepwise.notes.individual.StoredNote;
import org.stepwise.shared.web.FormErrors;

/**
 * What a note's form holds, as typed: read from the posted fields ({@code sections.<name>} for each section) and shown
 * again as typed when the note is refused, so that nothing the author wrote is lost.
 */
record NoteFormValues(String noteId, String kind, String session, String objectiveId, boolean sudCounseling,
        String serviceDate, String endedAt, Map<String, String> sections, @Nullable Integer version) {

    static final String SECTION = "sections.";

    static NoteFormValues posted(Map<String, String> params) {
        Map<String, String> sections = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(SECTION)) {
                sections.put(name.substring(SECTION.length()), value);
            }
        });
        return new NoteFormValues(text(params, "noteId"), text(params, "kind"), text(params, "session"),
                text(params, "objectiveId"), FormErrors.checked(params.get("sudCounseling")),
                text(params, "serviceDate"), text(params, "endedAt"), sections,
                FormErrors.version(params.get("version")));
    }

    static NoteFormValues of(NoteStart start) {
        return new NoteFormValues(start.noteId().toString(), start.context().kind().name(),
                start.context().session() == null ? "" : start.context().session().id().toString(), "", false,
                start.serviceDate(), start.endedAt(), start.sections(), null);
    }

    static NoteFormValues of(StoredNote note, java.time.ZoneId zone) {
        var ended = note.serviceEndedAt().atZone(zone);
        return new NoteFormValues(note.id().toString(), note.kind(), note.session() == null ? "" : note.session().toString(),
                note.objective() == null ? "" : note.objective().toString(), note.sudCounseling(),
                ended.toLocalDate().toString(), String.format("%02d:%02d", ended.getHour(), ended.getMinute()),
                note.sections(), note.version());
    }

    /** The same typed text, now meant to replace the version the author has just been shown. */
    NoteFormValues withVersion(int current) {
        return new NoteFormValues(noteId, kind, session, objectiveId, sudCounseling, serviceDate, endedAt, sections,
                current);
    }

    NoteInput input() {
        Map<String, @Nullable String> typed = new LinkedHashMap<>(sections);
        return new NoteInput(uuid(noteId), kind.isEmpty() ? null : kind, uuid(session),
                objectiveId.isEmpty() ? null : objectiveId, typed, sudCounseling, serviceDate, endedAt);
    }

    public String section(String name) {
        return sections.getOrDefault(name, "");
    }

    /** The session's id, or empty for none; a session that is not an id at all is refused as a missing session. */
    static @Nullable UUID uuid(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw org.stepwise.shared.InvalidRequestException.forField("session", "That is not a session's or a "
                    + "note's id; open the form again from the client's chart.");
        }
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null ? "" : value;
    }
}
