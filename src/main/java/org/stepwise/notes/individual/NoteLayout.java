package org.stepwise.notes.individual;

import java.util.List;
import org.stepwise.staff.NoteFormat;

/**
 * The sections of a note, in the order the form and the PDF show them; each is a key of {@code clinical_note.sections}.
 * DAP, BIRP and SOAP follow the program's note format; MEDICATION is the prescriber's note, whatever the program chose.
 */
public enum NoteLayout {
    DAP(org.stepwise.notes.NoteFormat.DAP),
    BIRP(org.stepwise.notes.NoteFormat.BIRP),
    SOAP(org.stepwise.notes.NoteFormat.SOAP),
    MEDICATION(org.stepwise.notes.NoteFormat.MEDICATION);

    /** The section every layout ends with, carried forward from the client's last note. */
    public static final String PLAN = "plan";

    private final List<String> sections;

    // The keys come from the notes module's NoteFormat, which the note page shows them by: one list, never two.
    NoteLayout(org.stepwise.notes.NoteFormat format) {
        this.sections = format.sections().stream().map(org.stepwise.notes.NoteFormat.Section::key).toList();
    }

    public List<String> sections() {
        return sections;
    }

    public static NoteLayout of(NoteFormat format) {
        return switch (format) {
            case DAP -> DAP;
            case BIRP -> BIRP;
            case SOAP -> SOAP;
        };
    }
}
