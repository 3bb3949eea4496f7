package org.stepwise.notes.individual;

import java.util.List;
import org.stepwise.staff.NoteFormat;

/**
 * The sections of a note, in the order the form and the PDF show them; each is a key of {@code clinical_note.sections}.
 * DAP, BIRP and SOAP follow the program's note format; MEDICATION is the prescriber's note, whatever the program chose.
 */
public enum NoteLayout {
    DAP(List.of("data", "assessment", "plan")),
    BIRP(List.of("behavior", "intervention", "response", "plan")),
    SOAP(List.of("subjective", "objective", "assessment", "plan")),
    MEDICATION(List.of("medicationsReviewed", "adherence", "sideEffects", "changes", "plan"));

    /** The section every layout ends with, carried forward from the client's last note. */
    public static final String PLAN = "plan";

    private final List<String> sections;

    NoteLayout(List<String> sections) {
        this.sections = sections;
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
