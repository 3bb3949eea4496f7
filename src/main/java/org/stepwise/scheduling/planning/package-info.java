/**
 * Planning a week with the optimizer: reading the week from the database into the optimizer's problem, running it in
 * the background with its progress kept in {@code schedule_run}, and publishing an accepted plan as bookings.
 */
@NullMarked
package org.stepwise.scheduling.planning;

import org.jspecify.annotations.NullMarked;
