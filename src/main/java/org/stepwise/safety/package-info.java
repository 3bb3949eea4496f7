/**
 * Safety: risk alerts raised on first sight of a safety flag (PHQ-9 item 9 above 0, C-SSRS screener moderate or
 * high), shown to the client's care team and the program director until a clinician records what was done.
 *
 * <p>Public API: {@link org.stepwise.safety.SafetyAlerts} (reads and the resolution), the events
 * {@link org.stepwise.safety.SafetyAlertRaised} and {@link org.stepwise.safety.SafetyAlertResolved}. The alert itself
 * ({@link org.stepwise.safety.SafetyAlert}) and the rule that opens one are plain Java.
 *
 * <p>Issue 6: safety plans and relapse prevention plans ({@link org.stepwise.safety.RecoveryPlans}, one versioned,
 * signed store with a {@link org.stepwise.safety.RecoveryPlanKind}), drug screens
 * ({@link org.stepwise.safety.DrugScreens}, publishing {@link org.stepwise.safety.DrugScreenResulted}) and home
 * environment assessments ({@link org.stepwise.safety.HomeAssessments}, publishing
 * {@link org.stepwise.safety.RecoveryEnvironmentAssessed}); their rules are plain Java in {@code safety.rules}.
 */
@NullMarked
package org.stepwise.safety;

import org.jspecify.annotations.NullMarked;
