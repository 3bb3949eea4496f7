/**
 * Safety: risk alerts raised on first sight of a safety flag (PHQ-9 item 9 above 0, C-SSRS screener moderate or
 * high), shown to the client's care team and the program director until a clinician records what was done.
 *
 * <p>Public API: {@link org.stepwise.safety.SafetyAlerts} (reads and the resolution), the events
 * {@link org.stepwise.safety.SafetyAlertRaised} and {@link org.stepwise.safety.SafetyAlertResolved}. The alert itself
 * ({@link org.stepwise.safety.SafetyAlert}) and the rule that opens one are plain Java.
 */
@NullMarked
package org.stepwise.safety;

import org.jspecify.annotations.NullMarked;
