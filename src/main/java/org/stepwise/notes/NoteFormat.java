package org.stepwise.notes;

import java.util.List;
import java.util.Optional;

/**
 * The form of a note and its sections in the order they are written and shown. The sections of a note are stored by
 * key in {@code clinical_note.sections} (JSONB, which does not keep key order), so the order lives here.
 */
public enum NoteFormat {
    GROUP_ENTRY(List.of(new Section("attendance", "Attendance"), new Section("participation", "Participation"), new Section("presentation", "Presentation"),
            new Section("presentationNote", "Presentation, in words"), new Section("progress", "Progress toward the objective"),
            new Section("risk", "Risk"), new Section("riskNote", "Risk, in words"))),
    DAP(List.of(new Section("data", "Data"), new Section("assessment", "Assessment"), new Section("plan", "Plan"))),
    BIRP(List.of(new Section("behavior", "Behavior"), new Section("intervention", "Intervention"),
            new Section("response", "Response"), new Section("plan", "Plan"))),
    SOAP(List.of(new Section("subjective", "Subjective"), new Section("objective", "Objective"),
            new Section("assessment", "Assessment"), new Section("plan", "Plan"))),
    /** The prescriber's medication-management note, whatever the program's format. */
    MEDICATION(List.of(new Section("medicationsReviewed", "Medications reviewed"), new Section("adherence", "Adherence"),
            new Section("sideEffects", "Side effects"), new Section("changes", "Changes"), new Section("plan", "Plan")));

    /** A section of the form: its key in the stored sections and the heading it is shown under. */
    public record Section(String key, String label) {}

    private final List<Section> sections;

    NoteFormat(List<Section> sections) {
        this.sections = sections;
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
