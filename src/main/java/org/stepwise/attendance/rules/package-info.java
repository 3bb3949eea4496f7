/**
 * The attendance arithmetic and rules as plain Java (no Spring, no database): attended hours of a record, minutes per
 * status, a week's tally against the target, runs of missed sessions, and which sessions suit a make-up.
 */
@NullMarked
package org.stepwise.attendance.rules;

import org.jspecify.annotations.NullMarked;
