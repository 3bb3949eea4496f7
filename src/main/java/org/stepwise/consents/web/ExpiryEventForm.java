package org.stepwise.consents.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The "the expiry event happened" form on a consent's page. */
record ExpiryEventForm(
        @Nullable @Size(max = 10, message = "Enter the date as yyyy-mm-dd.") String occurredOn,
        @Nullable @Size(max = 1000, message = "Use at most 1000 characters.") String note) {}
