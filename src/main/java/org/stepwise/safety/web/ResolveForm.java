package org.stepwise.safety.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The resolution of an alert as posted from its page. Jakarta validation catches the obvious; the alert itself checks
 * the rest (plain text, a known outcome).
 *
 * @param version the version of the alert the page showed (optimistic locking)
 */
record ResolveForm(
        @Nullable Integer version,
        @NotBlank(message = "Say what was done (10 to 2000 characters).")
        @Size(min = 10, max = 2000, message = "Say what was done in 10 to 2000 characters.") @Nullable String actionTaken,
        @NotBlank(message = "Choose the outcome.") @Size(max = 60, message = "Choose one of the outcomes listed.")
        @Nullable String outcome) {}
