/** The summary's store, its drafting from the chart and the rules of its sections. */
@NullMarked
package org.stepwise.discharge.internal;

import org.jspecify.annotations.NullMarked;
