package org.stepwise.consents.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The revoke form on a consent's page. */
record RevocationForm(
        @Nullable @Size(max = 10, message = "Enter the date as yyyy-mm-dd.") String revokedOn,
        @Nullable @Size(max = 20, message = "Say how the client communicated it.") String method,
        @Nullable @Size(max = 1000, message = "Use at most 1000 characters.") String note) {}
