package org.stepwise.today;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One piece of paperwork in a clinician's documentation queue on the Today page.
 *
 * @param kind what is owed ("Unsigned note", "Awaiting your co-signature", "Plan review")
 * @param clientName whose chart it is in, as the queue shows it; empty for a whole group's note
 * @param what the document ("Group note: Relapse prevention, Mon 23 Nov")
 * @param since the day it became owed (the session's day, the day signing was asked for, the review's due date): the
 *     queue shows the oldest first
 * @param due the day it is due, when there is one
 * @param href where to do it
 * @param overdue past its due day: shown highlighted
 */
public record DocumentationTask(String kind, String clientName, String what, LocalDate since, @Nullable LocalDate due,
        String href, boolean overdue) {}
