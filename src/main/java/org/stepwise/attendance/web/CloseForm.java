package org.stepwise.attendance.web;

import org.jspecify.annotations.Nullable;

/** Closing an attendance alert: the version the page showed and what was done or agreed. */
record CloseForm(@Nullable Integer version, @Nullable String note) {}
