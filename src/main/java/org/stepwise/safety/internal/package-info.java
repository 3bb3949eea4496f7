/** Storing alerts, the listener that raises them, and what the module shows on the chart and the Today page. */
@NullMarked
package org.stepwise.safety.internal;

import org.jspecify.annotations.NullMarked;
