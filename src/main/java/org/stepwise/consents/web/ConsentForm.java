package org.stepwise.consents.web;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.consents.ConsentKind;
import org.stepwise.consents.ConsentRules;
import org.stepwise.consents.NewConsent;

/**
 * The new-consent page form, one for every kind (the page shows the fields of the kind chosen). Recipients by name are
 * typed one per line. The hidden {@code id} is chosen when the form is shown, so that a double submission signs once.
 */
record ConsentForm(
        @Nullable @Size(max = 36, message = "The form's id is not valid; open the form again.") String id,
        @Nullable @Size(max = 30, message = "Choose a kind of consent.") String kind,
        @Nullable @Size(max = 2000, message = "Use at most 2000 characters.") String scope,
        @Nullable @Size(max = 200, message = "Use at most 200 characters.") String discloser,
        @Nullable @Size(max = 20, message = "Tick at most 20 categories.") List<String> categories,
        @Nullable @Size(max = 1000, message = "Use at most 1000 characters.") String informationDetail,
        @Nullable @Size(max = 4200, message = "Name at most 20 recipients of up to 200 characters each.") String recipientNames,
        @Nullable @Size(max = 10, message = "Tick at most 10 classes.") List<String> recipientClasses,
        @Nullable @Size(max = 10, message = "Tick at most 10 purposes.") List<String> purposes,
        @Nullable @Size(max = 1000, message = "Use at most 1000 characters.") String purposeDescription,
        @Nullable @Size(max = 2000, message = "Use at most 2000 characters.") String revocationStatement,
        @Nullable @Size(max = 10, message = "Enter the date as yyyy-mm-dd.") String expiresOn,
        @Nullable @Size(max = 300, message = "Use at most 300 characters.") String expiryEvent,
        @Nullable @Size(max = 20, message = "Say who signs.") String signer,
        @Nullable @Size(max = 200, message = "Use at most 200 characters.") String signerName,
        @Nullable @Size(max = 200, message = "Use at most 200 characters.") String representativeAuthority,
        @Nullable String agreed) {

    static ConsentForm blank(ConsentKind kind) {
        boolean discloses = kind.authorizesDisclosure();
        return new ConsentForm(UUID.randomUUID().toString(), kind.name(), null, null, null, null, null, null, null,
                null, discloses ? ConsentRules.DEFAULT_REVOCATION_STATEMENT : null, null, null, "CLIENT", null, null,
                null);
    }

    NewConsent toNew() {
        List<String> names = recipientNames == null ? List.of()
                : Arrays.stream(recipientNames.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new NewConsent(id, kind, scope, discloser, categories, informationDetail, names, recipientClasses,
                purposes, purposeDescription, revocationStatement, expiresOn, expiryEvent, signer, signerName,
                representativeAuthority, agreed != null && (agreed.equalsIgnoreCase("true") || agreed.equalsIgnoreCase("on")));
    }

    public boolean has(String field, String value) {
        List<String> values = switch (field) {
            case "categories" -> categories;
            case "recipientClasses" -> recipientClasses;
            case "purposes" -> purposes;
            default -> null;
        };
        return values != null && values.contains(value);
    }

    public boolean isAgreed() {
        return agreed != null && (agreed.equalsIgnoreCase("true") || agreed.equalsIgnoreCase("on"));
    }
}
