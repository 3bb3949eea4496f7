package org.stepwise.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Links the referral to a client already registered (a readmission). */
record LinkForm(
        @Nullable @NotBlank(message = "Choose the client.") @Size(max = 36, message = "Choose the client.") String clientId,
        @Nullable @NotNull(message = "This form has lost track of which version of the referral it changes. Open it again.") Integer version) {}
