@NullMarked
package org.stepwise.notes.rules;

import org.jspecify.annotations.NullMarked;
