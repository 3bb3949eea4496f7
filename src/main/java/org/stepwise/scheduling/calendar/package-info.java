/**
 * Calendar feeds: each client and staff member may have one iCalendar (RFC 5545) feed of their sessions at a secret,
 * revocable URL. What a feed's events say is decided here, with the privacy of a client's phone in mind (see
 * docs/decisions/0008-calendar-feeds.md).
 */
@NullMarked
package org.stepwise.scheduling.calendar;

import org.jspecify.annotations.NullMarked;
