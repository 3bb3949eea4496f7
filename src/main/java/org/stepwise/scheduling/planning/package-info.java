/**
 * Planning a week with the optimizer: reading the week from the database into the optimizer's problem, running it in
 * the background with its progress kept in {@code schedule_run}, and publishing an accepted plan as bookings. Exposed
 * to other modules (the demo plans its weeks as a director would) as the named interface {@code planning}.
 */
@NamedInterface("planning")
@NullMarked
package org.stepwise.scheduling.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
