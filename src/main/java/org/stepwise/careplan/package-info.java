/**
 * Treatment plans: problems with their diagnoses, goals in the client's words, measurable objectives with target dates,
 * interventions, signatures, reviews and versions.
 *
 * <p>Public API so far: {@link org.stepwise.careplan.PlanObjectives} (a client's objectives, for the notes that link to
 * them) and {@link org.stepwise.careplan.PlanObjective}.
 */
@NullMarked
package org.stepwise.careplan;

import org.jspecify.annotations.NullMarked;
