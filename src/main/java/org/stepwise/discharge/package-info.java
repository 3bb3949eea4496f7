/**
 * Discharge (issue 7): the discharge page and the discharge summary. Discharging an episode (through
 * {@link org.stepwise.episodes.Discharges}) drafts the summary in the same transaction from what the chart knows: dates,
 * length of stay, diagnoses, levels of care, attendance, first and last scores with their change, plan objectives,
 * safety and medications. The clinician completes the narrative sections, redrafts the figures while in draft, and signs
 * it; a signed summary is final (a PostgreSQL trigger keeps it so) and prints to PDF with the Part 2 notice where it
 * applies.
 *
 * <p>Public API: {@link org.stepwise.discharge.DischargeSummaries}. The drafting and the narrative's rules are plain Java
 * in {@code internal} ({@code SummaryDrafter}, {@code NarrativeRules}).
 */
@NullMarked
package org.stepwise.discharge;

import org.jspecify.annotations.NullMarked;
