package org.stepwise.notes.individual;

import java.util.UUID;
import org.stepwise.shared.ConflictException;

/** A signed note is final: a change is refused (409), and a correction is an addendum. */
public class NoteSignedException extends ConflictException {

    private final UUID note;

    public NoteSignedException(UUID note) {
        super("This note is signed: add an addendum to correct or add to it. Nothing was changed.");
        this.note = note;
    }

    public UUID note() {
        return note;
    }
}
