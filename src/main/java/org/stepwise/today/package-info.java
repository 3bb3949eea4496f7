/**
 * The Today page each role lands on and the main navigation. Modules contribute cards by implementing
 * {@link org.stepwise.today.TodayCards}, so that this module depends on none of them.
 */
@NullMarked
package org.stepwise.today;

import org.jspecify.annotations.NullMarked;
