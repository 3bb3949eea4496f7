/**
 * Clinical notes: a group note written once per session with a short entry per attending client, filed into each
 * client's chart as their own note; individual, family and medication-management notes (sub-package
 * {@code notes.individual}); signing and locking, co-signature, late entries, time to sign, addenda; the notes' part
 * of the documentation queue.
 *
 * <p>Public API: {@link org.stepwise.notes.ClinicalNotes} (reading notes), {@link org.stepwise.notes.NoteSigning}
 * (signature, co-signature, addenda), {@link org.stepwise.notes.GroupNotes} (the one-screen group note),
 * {@link org.stepwise.notes.NoteView} and the event {@link org.stepwise.notes.NoteSigned}. The rules (content hash,
 * who co-signs, late entries, what a group entry needs) are plain Java in {@code notes.rules}.
 */
@NullMarked
package org.stepwise.notes;

import org.jspecify.annotations.NullMarked;
