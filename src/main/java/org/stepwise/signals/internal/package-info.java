/** The signals' storage, the facts they are computed from, the listeners and the daily run. */
@NullMarked
package org.stepwise.signals.internal;

import org.jspecify.annotations.NullMarked;
