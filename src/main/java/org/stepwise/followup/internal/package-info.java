/** The follow-ups' storage, the listener that makes them on discharge, and the Today cards. */
@NullMarked
package org.stepwise.followup.internal;

import org.jspecify.annotations.NullMarked;
