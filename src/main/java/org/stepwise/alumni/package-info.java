/**
 * Issue 7: the program's alumni: the roster (clients who completed or stepped down join when discharged; staff add
 * other former clients by hand), weekly alumni groups put on the schedule as ALUMNI sessions, and who came to them.
 * Alumni attendance is kept here, apart from the IOP's attendance, and counts toward no weekly hours.
 */
@NullMarked
package org.stepwise.alumni;

import org.jspecify.annotations.NullMarked;
