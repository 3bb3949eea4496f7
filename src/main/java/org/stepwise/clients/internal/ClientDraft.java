package org.stepwise.clients.internal;

import org.jspecify.annotations.Nullable;

/**
 * A client's details as a person entered them (a form or an API request), before any check: every value is text as
 * typed, so that nothing is lost or refused before {@link ClientDetails#of} can name what to fix.
 */
public record ClientDraft(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String preferredName,
        @Nullable String pronouns,
        @Nullable String dateOfBirth,
        @Nullable String sexAtBirth,
        @Nullable String genderIdentity,
        @Nullable String preferredLanguage,
        boolean interpreterNeeded,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String addressLine,
        @Nullable String city,
        @Nullable String state,
        @Nullable String postalCode,
        @Nullable String emergencyContactName,
        @Nullable String emergencyContactPhone,
        @Nullable String emergencyContactRelationship) {}
