package org.stepwise.notes.individual;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.SessionCategory;
import org.stepwise.staff.NoteFormat;

/** The kinds of note written here, one client at a time (a group's notes are written on the group's own page). */
public enum NoteKind {
    INDIVIDUAL(SessionCategory.INDIVIDUAL_THERAPY),
    FAMILY(SessionCategory.FAMILY_THERAPY),
    /** A prescriber's medication-management note. */
    MEDICATION(SessionCategory.MEDICATION_MANAGEMENT);

    private final SessionCategory sessionCategory;

    NoteKind(SessionCategory sessionCategory) {
        this.sessionCategory = sessionCategory;
    }

    /** The kind of session this note documents; its templates are looked up by a session type of this category. */
    public SessionCategory sessionCategory() {
        return sessionCategory;
    }

    /** The sections of this kind of note in a program that writes its notes as {@code programFormat}. */
    public NoteLayout layout(NoteFormat programFormat) {
        return this == MEDICATION ? NoteLayout.MEDICATION : NoteLayout.of(programFormat);
    }

    /** Whether a note of this kind may be an SUD counseling note: a counselor's note of a counseling session. */
    public boolean mayBeCounselingNote() {
        return this != MEDICATION;
    }

    /** The kind of note a session of this category calls for; none for groups. */
    public static Optional<NoteKind> of(SessionCategory category) {
        return Arrays.stream(values()).filter(k -> k.sessionCategory == category).findFirst();
    }

    public static Optional<NoteKind> parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
