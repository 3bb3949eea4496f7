package org.stepwise.clients.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A reason, for deleting a record or for break-glass access (the domain checks each one's minimum length). */
record ReasonForm(
        @Nullable @NotBlank(message = "Give a reason.") @Size(max = 500, message = "Use at most 500 characters.") String reason) {}
