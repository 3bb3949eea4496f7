package org.stepwise.attendance.web;

import org.jspecify.annotations.Nullable;

/**
 * One roster row as posted: whose attendance (the booking's episode), how they attended, the minutes, and the version
 * of the record the page showed (empty when none was recorded yet). Ids and the status stay text here so that junk is
 * answered with a message, not a binding failure.
 */
record RowForm(@Nullable String episodeId, @Nullable String status, @Nullable Integer minutesAttended,
        @Nullable Integer version) {}
