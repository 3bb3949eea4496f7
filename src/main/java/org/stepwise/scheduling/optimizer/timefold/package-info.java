/**
 * The Timefold model behind {@link org.stepwise.scheduling.optimizer.WeekOptimizer}: one planning entity per seat a
 * client may take and per appointment due, each with its own value range (only the sessions and offered times that fit
 * that client), and the constraints as hard, medium and soft levels. Public only because Timefold reads these classes by
 * reflection; nothing outside the optimizer package uses them.
 */
@NullMarked
package org.stepwise.scheduling.optimizer.timefold;

import org.jspecify.annotations.NullMarked;
