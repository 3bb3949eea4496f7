/** Storage and rules behind the scheduling module's public services. */
@NullMarked
package org.stepwise.scheduling.internal;

import org.jspecify.annotations.NullMarked;
