package org.stepwise.consents;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consent as submitted from the form or the API, every field as text so that each problem can be named; checked by
 * {@link ConsentRules}. Field names are the same on the page and in the API.
 *
 * @param id a UUID chosen by the caller so that a repeated submission stores one consent; a new one when null
 * @param kind {@code TREATMENT}, {@code HIPAA_AUTHORIZATION} or {@code PART2}
 * @param agreed the signer ticked "I agree"
 */
public record NewConsent(
        @Nullable String id,
        @Nullable String kind,
        @Nullable String scope,
        @Nullable String discloser,
        @Nullable List<String> categories,
        @Nullable String informationDetail,
        @Nullable List<String> recipientNames,
        @Nullable List<String> recipientClasses,
        @Nullable List<String> purposes,
        @Nullable String purposeDescription,
        @Nullable String revocationStatement,
        @Nullable String expiresOn,
        @Nullable String expiryEvent,
        @Nullable String signer,
        @Nullable String signerName,
        @Nullable String representativeAuthority,
        @Nullable Boolean agreed) {}
