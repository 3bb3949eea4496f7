/** Loading definition files, storing administrations. Private to the measures module. */
@NullMarked
package org.stepwise.measures.internal;

import org.jspecify.annotations.NullMarked;
