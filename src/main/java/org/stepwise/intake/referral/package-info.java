/**
 * Referrals as plain Java: the {@link org.stepwise.intake.referral.Referral} aggregate and its status pipeline, the
 * checked details of a new referral, and the timing arithmetic. No Spring here (an ArchUnit test keeps it so).
 */
@NullMarked
package org.stepwise.intake.referral;

import org.jspecify.annotations.NullMarked;
