/** Storage of attendance, alerts and idempotency keys; the listener that raises alerts; Today cards and chart panel. */
@NullMarked
package org.stepwise.attendance.internal;

import org.jspecify.annotations.NullMarked;
