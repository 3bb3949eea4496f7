package org.stepwise.notes.individual;

import org.stepwise.shared.ConflictException;

/** Someone saved the draft after it was read: the save is refused (409) with the draft as it stands now. */
public class NoteChangedException extends ConflictException {

    private final StoredNote current;

    public NoteChangedException(StoredNote current) {
        super("This draft was saved by someone else (or in another window) after you opened it; it is at version "
                + current.version() + " now. Nothing was saved: compare, then save again.");
        this.current = current;
    }

    public StoredNote current() {
        return current;
    }
}
