package org.stepwise.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.intake.referral.ReferralDraft;

/**
 * The new-referral form. Jakarta validation catches what is missing or too long; {@code ReferralDetails.of} checks
 * the rest (sources, dates, phone numbers, markup). {@code id} is chosen when the form is shown, so that submitting it
 * twice stores one referral.
 */
record ReferralForm(
        @Nullable String id,
        @Nullable @NotBlank(message = "Choose who sent the referral.") String source,
        @Nullable @Size(max = 120, message = "Use at most 120 characters.") String referrerName,
        @Nullable @Size(max = 120, message = "Use at most 120 characters.") String referrerOrganisation,
        @Nullable @Size(max = 30, message = "Use at most 30 characters.") String referrerPhone,
        @Nullable @Size(max = 200, message = "Use at most 200 characters.") String referrerEmail,
        @Nullable @NotBlank(message = "Enter the given name of the person referred.") @Size(max = 100, message = "Use at most 100 characters.") String givenName,
        @Nullable @NotBlank(message = "Enter the family name of the person referred.") @Size(max = 100, message = "Use at most 100 characters.") String familyName,
        @Nullable @Size(max = 10, message = "Enter the date of birth as yyyy-mm-dd.") String dateOfBirth,
        @Nullable @Size(max = 30, message = "Use at most 30 characters.") String phone,
        @Nullable @NotBlank(message = "Say why the person is referred.") @Size(max = 2000, message = "Use at most 2000 characters.") String reason,
        @Nullable @NotBlank(message = "Choose how urgent the referral is.") String urgency,
        @Nullable @Size(max = 120, message = "Use at most 120 characters.") String payerName,
        @Nullable @Size(max = 60, message = "Use at most 60 characters.") String memberId,
        @Nullable String programId,
        @Nullable @Size(max = 30, message = "Enter when it arrived as yyyy-mm-ddThh:mm.") String receivedAt) {

    static ReferralForm blank() {
        return new ReferralForm(UUID.randomUUID().toString(), null, null, null, null, null, null, null, null, null, null,
                "ROUTINE", null, null, null, null);
    }

    ReferralDraft toDraft() {
        return new ReferralDraft(source, referrerName, referrerOrganisation, referrerPhone, referrerEmail, givenName,
                familyName, dateOfBirth, phone, null, reason, urgency, payerName, memberId, programId, receivedAt);
    }
}
