/** Pages and API for planning a week with the optimizer. */
@NullMarked
package org.stepwise.scheduling.planning.web;

import org.jspecify.annotations.NullMarked;
