/** The few types every module uses (typed ids, the clock) and nothing else. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.stepwise.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
