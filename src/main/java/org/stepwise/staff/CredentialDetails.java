package org.stepwise.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What an administrator enters for a credential. Licence type and issuing state are kept upper-case (LCSW, NY). */
public record CredentialDetails(
        @NotBlank(message = "Enter the licence type, such as LCSW, LPC, RN or MD.")
        @Size(max = 40, message = "Keep the licence type to 40 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String licenceType,
        @NotBlank(message = "Enter the licence number.")
        @Size(max = 40, message = "Keep the licence number to 40 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String licenceNumber,
        @Size(max = 40, message = "Keep the issuing state to 40 characters or fewer.")
        @Pattern(regexp = Text.PLAIN, message = Text.PLAIN_MESSAGE) @Nullable String issuingState,
        @Nullable LocalDate expiresOn,
        boolean requiresCosignature) {

    public CredentialDetails {
        licenceType = licenceType == null ? null : Text.trimmed(licenceType.toUpperCase(Locale.ROOT));
        licenceNumber = Text.trimmed(licenceNumber);
        issuingState = issuingState == null ? null : Text.trimmed(issuingState.toUpperCase(Locale.ROOT));
    }
}
