/**
 * The treatment plan's rules as plain Java (no Spring, no database): when a review is due, what a plan must hold, the
 * first draft built from the admission, and what changed between two versions.
 */
@NullMarked
package org.stepwise.careplan.rules;

import org.jspecify.annotations.NullMarked;
