package org.stepwise.clients.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.clients.internal.ClientDraft;
import org.stepwise.clients.internal.ClientDetails;
import org.stepwise.shared.web.FormErrors;

/**
 * The new-client and edit-client page form. Every value is text so that nothing typed is lost to a conversion error;
 * the domain ({@link ClientDetails#of}) reads dates and checks every rule, these annotations give the first messages.
 */
record ClientForm(
        @Nullable @NotBlank(message = "Enter the given (first) name.") @Size(max = 100, message = "Use at most 100 characters.") String givenName,
        @Nullable @NotBlank(message = "Enter the family (last) name.") @Size(max = 100, message = "Use at most 100 characters.") String familyName,
        @Nullable @Size(max = 100, message = "Use at most 100 characters.") String preferredName,
        @Nullable @Size(max = 40, message = "Use at most 40 characters.") String pronouns,
        @Nullable @NotBlank(message = "Enter the date of birth.") @Size(max = 10, message = "Enter the date of birth as yyyy-mm-dd (for example 1984-03-27).") String dateOfBirth,
        @Nullable @Size(max = 20, message = "Choose female, male, intersex or unknown.") String sexAtBirth,
        @Nullable @Size(max = 60, message = "Use at most 60 characters.") String genderIdentity,
        @Nullable @Size(max = 60, message = "Use at most 60 characters.") String preferredLanguage,
        @Nullable String interpreterNeeded,
        @Nullable @Size(max = 30, message = "Use at most 30 characters.") String phone,
        @Nullable @Size(max = 200, message = "Use at most 200 characters.") String email,
        @Nullable @Size(max = 200, message = "Use at most 200 characters.") String addressLine,
        @Nullable @Size(max = 100, message = "Use at most 100 characters.") String city,
        @Nullable @Size(max = 40, message = "Use at most 40 characters.") String state,
        @Nullable @Size(max = 20, message = "Use at most 20 characters.") String postalCode,
        @Nullable @Size(max = 120, message = "Use at most 120 characters.") String emergencyContactName,
        @Nullable @Size(max = 30, message = "Use at most 30 characters.") String emergencyContactPhone,
        @Nullable @Size(max = 60, message = "Use at most 60 characters.") String emergencyContactRelationship,
        @Nullable String version,
        @Nullable @Size(max = 4000, message = "This form is damaged; open the record again.") String original,
        @Nullable String confirmDuplicate) {

    static ClientForm blank() {
        return of(new ClientDraft(null, null, null, null, null, null, null, ClientDetails.DEFAULT_LANGUAGE, false, null,
                null, null, null, null, null, null, null, null), null, null);
    }

    /**
     * A form showing {@code d}, to be saved over {@code version}, remembering what the record held when loaded
     * ({@code loaded}) so that a conflict can reapply just this person's changes.
     */
    static ClientForm of(ClientDraft d, @Nullable Integer version, @Nullable ClientDetails loaded) {
        return new ClientForm(d.givenName(), d.familyName(), d.preferredName(), d.pronouns(), d.dateOfBirth(),
                d.sexAtBirth(), d.genderIdentity(), d.preferredLanguage(), d.interpreterNeeded() ? "true" : null,
                d.phone(), d.email(), d.addressLine(), d.city(), d.state(), d.postalCode(), d.emergencyContactName(),
                d.emergencyContactPhone(), d.emergencyContactRelationship(),
                version == null ? null : version.toString(), loaded == null ? null : encode(loaded), null);
    }

    /** What the record held when this form was loaded, if the form still carries it intact. */
    @Nullable ClientDraft loadedDraft() {
        if (original == null || original.isBlank()) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (String pair : original.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return new ClientDraft(values.get("givenName"), values.get("familyName"), values.get("preferredName"),
                values.get("pronouns"), values.get("dateOfBirth"), values.get("sexAtBirth"), values.get("genderIdentity"),
                values.get("preferredLanguage"), "true".equals(values.get("interpreterNeeded")), values.get("phone"),
                values.get("email"), values.get("addressLine"), values.get("city"), values.get("state"),
                values.get("postalCode"), values.get("emergencyContactName"), values.get("emergencyContactPhone"),
                values.get("emergencyContactRelationship"));
    }

    /** The details as {@code name=value&...} under the names of {@link ClientDetails#FIELDS}, as {@link #loadedDraft} reads them. */
    private static String encode(ClientDetails d) {
        StringBuilder out = new StringBuilder();
        for (ClientDetails.Field field : ClientDetails.FIELDS) {
            Object value = field.of(d);
            if (value != null) {
                out.append(out.isEmpty() ? "" : "&").append(field.name()).append('=')
                        .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    ClientDraft toDraft() {
        return new ClientDraft(givenName, familyName, preferredName, pronouns, dateOfBirth, sexAtBirth, genderIdentity,
                preferredLanguage, FormErrors.checked(interpreterNeeded), phone, email, addressLine, city, state,
                postalCode, emergencyContactName, emergencyContactPhone, emergencyContactRelationship);
    }

    public boolean interpreter() {
        return FormErrors.checked(interpreterNeeded);
    }

    boolean duplicateConfirmed() {
        return FormErrors.checked(confirmDuplicate);
    }

    /** The version the form was loaded at, or null when it is missing or not a number. */
    @Nullable Integer loadedVersion() {
        return FormErrors.version(version);
    }
}
