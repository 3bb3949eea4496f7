/**
 * Intake: from referral to admission. This slice holds level-of-care placement: the open rating frameworks (substance
 * use and mental health), the rule that turns ratings and the seeds' candidacy checks into a recommended level, and the
 * placement records clinicians keep. Other modules use {@link org.stepwise.intake.Placements} and listen for
 * {@link org.stepwise.intake.PlacementRecorded}.
 */
@NullMarked
package org.stepwise.intake;

import org.jspecify.annotations.NullMarked;
