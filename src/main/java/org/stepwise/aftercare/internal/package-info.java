/** Aftercare: the store and the few facts of other modules it reads. */
@NullMarked
package org.stepwise.aftercare.internal;

import org.jspecify.annotations.NullMarked;
