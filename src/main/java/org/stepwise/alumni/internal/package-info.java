/** The alumni module's stores, its listener on discharges and its Today cards. */
@NullMarked
package org.stepwise.alumni.internal;

import org.jspecify.annotations.NullMarked;
