@NullMarked
package org.stepwise.notes.internal;

import org.jspecify.annotations.NullMarked;
