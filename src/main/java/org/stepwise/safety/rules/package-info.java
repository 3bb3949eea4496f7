/**
 * The safety module's rules as plain Java, no Spring: what a safety or relapse prevention plan must hold
 * ({@link org.stepwise.safety.rules.RecoveryPlanRules}), what a drug screen's results mean given the client's
 * prescriptions ({@link org.stepwise.safety.rules.ScreenInterpretation}) and which days a client is screened
 * ({@link org.stepwise.safety.rules.RandomScreenSchedule}).
 */
@NullMarked
package org.stepwise.safety.rules;

import org.jspecify.annotations.NullMarked;
