package org.stepwise.scheduling.calendar;

import java.time.Instant;

/**
 * A person's live feed as the pages show it: when and by whom it was made, never its URL (only a hash is kept).
 *
 * @param createdAt also what a form sends back to say which feed it means to replace or revoke
 */
public record LiveFeed(Instant createdAt, String createdBy) {}
