/**
 * The level-of-care signal rules as plain Java (no Spring, no database): {@link org.stepwise.signals.rules.SignalRules}
 * turns a client's {@link org.stepwise.signals.rules.ClientFacts} into the signals that hold today, each with its
 * {@link org.stepwise.signals.rules.Evidence}. Change between scores is judged by {@code measures.ScoreChange} only.
 */
@NullMarked
package org.stepwise.signals.rules;

import org.jspecify.annotations.NullMarked;
