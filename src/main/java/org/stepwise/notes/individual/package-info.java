/**
 * Individual, family and medication-management notes: the form by the program's note format (DAP, BIRP, SOAP, or the
 * prescriber's medication note), templates per session type, the plan carried forward from the client's last note,
 * drafts and their edits under an optimistic version, 42 CFR Part 2 segmentation (the {@code part2} marker and SUD
 * counseling notes) and the PDF of any note. Drafts are rows of {@code clinical_note}; signing them is the notes
 * module's root API.
 */
@NullMarked
package org.stepwise.notes.individual;

import org.jspecify.annotations.NullMarked;
