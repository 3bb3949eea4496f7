/**
 * Treatment plans: problems with their diagnoses, goals in the client's words, measurable objectives with target dates,
 * interventions and services; every version with the SHA-256 of its content, signatures, reviews and the review rule.
 *
 * <p>Public API: {@link org.stepwise.careplan.TreatmentPlans} (read, draft from the admission, edit under the lock),
 * {@link org.stepwise.careplan.PlanSignatures}, {@link org.stepwise.careplan.PlanReviews},
 * {@link org.stepwise.careplan.PlanObjectives} (a client's objectives, for the notes that link to them), and the events
 * {@link org.stepwise.careplan.PlanSigned} and {@link org.stepwise.careplan.PlanReviewed}. The rules are plain Java in
 * {@code careplan.rules}.
 */
@NullMarked
package org.stepwise.careplan;

import org.jspecify.annotations.NullMarked;
