/**
 * Level-of-care signals (issue 6): from scores, attendance, drug screens, home assessments, safety alerts, the plan and
 * the episode's dates, signals to step care up or down and reminders of what comes due, each with the evidence that
 * raised it; computed as data arrives (a listener per event, and once a day for dates), acted on by clinicians, and
 * kept with every action.
 *
 * <p>Public API: {@link org.stepwise.signals.LevelOfCareSignals} (a client's signals, the program's open ones, acting
 * on one). The rules are plain Java in {@code rules}.
 */
@NullMarked
package org.stepwise.signals;

import org.jspecify.annotations.NullMarked;
