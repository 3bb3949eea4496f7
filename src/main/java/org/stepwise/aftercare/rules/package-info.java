/** Aftercare: what a plan must say, read from a form or a JSON body; plain Java. */
@NullMarked
package org.stepwise.aftercare.rules;

import org.jspecify.annotations.NullMarked;
