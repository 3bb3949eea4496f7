package org.stepwise.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Creates the client from the referral's person (completed by the coordinator), or says it is someone else. */
record NewClientForm(
        @Nullable @NotBlank(message = "Enter the given name.") @Size(max = 100, message = "Use at most 100 characters.") String givenName,
        @Nullable @NotBlank(message = "Enter the family name.") @Size(max = 100, message = "Use at most 100 characters.") String familyName,
        @Nullable @NotBlank(message = "Enter the date of birth as yyyy-mm-dd: the registry needs it.") @Size(max = 10, message = "Enter the date of birth as yyyy-mm-dd.") String dateOfBirth,
        @Nullable @Size(max = 30, message = "Use at most 30 characters.") String phone,
        @Nullable String confirmDuplicate,
        @Nullable @NotNull(message = "This form has lost track of which version of the referral it changes. Open it again.") Integer version) {

    boolean duplicateConfirmed() {
        return "true".equalsIgnoreCase(confirmDuplicate);
    }
}
