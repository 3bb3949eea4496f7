/**
 * Measure schedules and what is due, as plain Java: {@link org.stepwise.measures.due.MeasureDueRule} decides, from a
 * schedule's timing, the episode's dates and the days an instrument was given, whether it is due and since when;
 * {@link org.stepwise.measures.due.DiagnosisFilter} decides for whom a schedule is. No Spring, no database.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("due")
package org.stepwise.measures.due;

import org.jspecify.annotations.NullMarked;
