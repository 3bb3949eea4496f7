/** Check-in pages (the day's sessions, a session's roster), a client's week, attendance alerts, and the JSON API. */
@NullMarked
package org.stepwise.attendance.web;

import org.jspecify.annotations.NullMarked;
