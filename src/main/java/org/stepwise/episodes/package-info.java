/** The episode of care: admission, track, hours target, planned end, certification, status history; the spine every clinical module refers to by id. */
@NullMarked
package org.stepwise.episodes;

import org.jspecify.annotations.NullMarked;
