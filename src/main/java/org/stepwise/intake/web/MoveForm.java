package org.stepwise.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One move of a referral: where to, why (required for an outcome; the aggregate checks), and the version loaded. */
record MoveForm(
        @Nullable @NotBlank(message = "Choose where the referral moves to.") @Size(max = 30, message = "Choose where the referral moves to.") String to,
        @Nullable @Size(max = 2000, message = "Use at most 2000 characters.") String reason,
        @Nullable @NotNull(message = "This form has lost track of which version of the referral it changes. Open it again.") Integer version) {}
