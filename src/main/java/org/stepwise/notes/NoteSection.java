package org.stepwise.notes;

/** One section of a note as shown: its key, heading and text (choices already put into words). */
public record NoteSection(String key, String label, String text) {}
