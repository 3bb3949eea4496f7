/**
 * The level-of-care rule in plain Java, with no Spring (an ArchUnit test keeps it that way): rule tables and their
 * validation, the ratings value object, the rule that turns ratings and candidacy answers into a recommendation, and the
 * checks on a placement before it is stored.
 */
@NullMarked
package org.stepwise.intake.placement;

import org.jspecify.annotations.NullMarked;
