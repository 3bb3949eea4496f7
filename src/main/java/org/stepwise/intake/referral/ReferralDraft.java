package org.stepwise.intake.referral;

import org.jspecify.annotations.Nullable;

/**
 * A referral as a person typed it (a form or an API request), every value as text, before any check, so that
 * {@link ReferralDetails#of} can name each field to fix.
 *
 * @param receivedAt when the referral arrived: {@code 2026-03-02T09:30} (the clinic's time) or with an offset; now
 *     when blank
 * @param clientId an existing client the person is known to be, if the referrer or coordinator knows
 */
public record ReferralDraft(
        @Nullable String source,
        @Nullable String referrerName,
        @Nullable String referrerOrganisation,
        @Nullable String referrerPhone,
        @Nullable String referrerEmail,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String dateOfBirth,
        @Nullable String phone,
        @Nullable String clientId,
        @Nullable String reason,
        @Nullable String urgency,
        @Nullable String payerName,
        @Nullable String memberId,
        @Nullable String programId,
        @Nullable String receivedAt) {}
