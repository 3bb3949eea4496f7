/** The episode aggregate, its rules in plain Java (admission terms, recertification, waitlist arithmetic) and its storage. */
@NullMarked
package org.stepwise.episodes.internal;

import org.jspecify.annotations.NullMarked;
