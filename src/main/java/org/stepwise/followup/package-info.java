/**
 * Follow-ups after discharge (issue 7): a task per day of the program's follow-up schedule (7, 30 and 90 days unless
 * the program says otherwise), made when a client is discharged and given to the case manager on the care team (else a
 * clinician on it); each attempt to reach the client, the short outcome check once reached, and re-engagement when
 * things slip.
 *
 * <p>Public API: {@link org.stepwise.followup.FollowUps}. The re-engagement rule is plain Java in {@code rules}.
 */
@NullMarked
package org.stepwise.followup;

import org.jspecify.annotations.NullMarked;
