package org.stepwise.notes.individual;

import org.stepwise.consents.InformationCategory;

/**
 * Which kind of information a note is when it is disclosed (42 CFR Part 2 segmentation): an SUD counseling note is
 * its own category, which only a consent of its own permits; a medication-management note counts as medications; any
 * other note is a progress note. Plain Java. A print for the program's own use is not a disclosure.
 */
public final class NoteCategories {

    private NoteCategories() {}

    /** The category to ask {@code consents.Disclosures.check} about before disclosing the note. */
    public static InformationCategory of(String kind, boolean sudCounseling) {
        if (sudCounseling) {
            return InformationCategory.SUD_COUNSELING_NOTES;
        }
        return kind.equals("MEDICATION") ? InformationCategory.MEDICATIONS : InformationCategory.PROGRESS_NOTES;
    }
}
