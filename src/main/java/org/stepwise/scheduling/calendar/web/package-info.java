/** The feed URL itself and the pages where feeds are created, replaced and revoked. */
@NullMarked
package org.stepwise.scheduling.calendar.web;

import org.jspecify.annotations.NullMarked;
