/** The chart's "Level of care" section, the director's open signals page and the signals API. */
@NullMarked
package org.stepwise.signals.web;

import org.jspecify.annotations.NullMarked;
