/** Weekly schedules: session types, track templates, sessions, bookings, the optimizer. */
@NullMarked
package org.stepwise.scheduling;

import org.jspecify.annotations.NullMarked;
