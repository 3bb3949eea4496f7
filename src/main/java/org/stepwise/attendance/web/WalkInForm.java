package org.stepwise.attendance.web;

import org.jspecify.annotations.Nullable;

/**
 * A walk-in as posted: a client of the session's track picked from the list, or any client by record number, and how
 * they attended.
 */
record WalkInForm(@Nullable String episodeId, @Nullable String recordNumber, @Nullable String status,
        @Nullable Integer minutesAttended) {}
