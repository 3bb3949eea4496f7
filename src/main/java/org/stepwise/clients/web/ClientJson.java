package org.stepwise.clients.web;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.clients.ClientSummary;
import org.stepwise.clients.internal.Client;
import org.stepwise.clients.internal.ClientDetails;
import org.stepwise.clients.internal.ClientDraft;
import org.stepwise.clients.internal.SupportPerson;
import org.stepwise.clients.internal.SupportPersonDraft;

/** The JSON shapes of /api/v1/clients (see docs/api/clients.md). */
final class ClientJson {

    private ClientJson() {}

    /**
     * The body of POST and PUT /api/v1/clients. Dates are text (yyyy-mm-dd) so that a wrong one is reported against
     * its field like any other rule.
     */
    record ClientRequest(
            @Nullable @Size(max = 100, message = "Use at most 100 characters.") String givenName,
            @Nullable @Size(max = 100, message = "Use at most 100 characters.") String familyName,
            @Nullable @Size(max = 100, message = "Use at most 100 characters.") String preferredName,
            @Nullable @Size(max = 40, message = "Use at most 40 characters.") String pronouns,
            @Nullable @Size(max = 10, message = "Enter the date of birth as yyyy-mm-dd (for example 1984-03-27).") String dateOfBirth,
            @Nullable @Size(max = 20, message = "Choose FEMALE, MALE, INTERSEX or UNKNOWN.") String sexAtBirth,
            @Nullable @Size(max = 60, message = "Use at most 60 characters.") String genderIdentity,
            @Nullable @Size(max = 60, message = "Use at most 60 characters.") String preferredLanguage,
            @Nullable Boolean interpreterNeeded,
            @Nullable @Size(max = 30, message = "Use at most 30 characters.") String phone,
            @Nullable @Size(max = 200, message = "Use at most 200 characters.") String email,
            @Nullable @Size(max = 200, message = "Use at most 200 characters.") String addressLine,
            @Nullable @Size(max = 100, message = "Use at most 100 characters.") String city,
            @Nullable @Size(max = 40, message = "Use at most 40 characters.") String state,
            @Nullable @Size(max = 20, message = "Use at most 20 characters.") String postalCode,
            @Nullable @Size(max = 120, message = "Use at most 120 characters.") String emergencyContactName,
            @Nullable @Size(max = 30, message = "Use at most 30 characters.") String emergencyContactPhone,
            @Nullable @Size(max = 60, message = "Use at most 60 characters.") String emergencyContactRelationship,
            @Nullable Integer version,
            @Nullable Boolean confirmDuplicate) {

        ClientDraft toDraft() {
            return new ClientDraft(givenName, familyName, preferredName, pronouns, dateOfBirth, sexAtBirth,
                    genderIdentity, preferredLanguage, Boolean.TRUE.equals(interpreterNeeded), phone, email, addressLine,
                    city, state, postalCode, emergencyContactName, emergencyContactPhone, emergencyContactRelationship);
        }
    }

    /** A client as GET /api/v1/clients/{id} returns it. */
    record ClientResource(UUID id, String recordNumber, String displayName, String givenName, String familyName,
            @Nullable String preferredName, @Nullable String pronouns, LocalDate dateOfBirth, @Nullable String sexAtBirth,
            @Nullable String genderIdentity, String preferredLanguage, boolean interpreterNeeded, @Nullable String phone,
            @Nullable String email, @Nullable String addressLine, @Nullable String city, @Nullable String state,
            @Nullable String postalCode, @Nullable String emergencyContactName, @Nullable String emergencyContactPhone,
            @Nullable String emergencyContactRelationship, List<SupportPersonResource> supportNetwork, int version,
            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

        static ClientResource of(Client client) {
            ClientDetails d = client.details();
            return new ClientResource(client.id().value(), client.recordNumber().value(), d.displayName(), d.givenName(),
                    d.familyName(), d.preferredName(), d.pronouns(), d.dateOfBirth(),
                    d.sexAtBirth() == null ? null : d.sexAtBirth().name(), d.genderIdentity(), d.preferredLanguage(),
                    d.interpreterNeeded(), d.phone(), d.email(), d.addressLine(), d.city(), d.state(), d.postalCode(),
                    d.emergencyContactName(), d.emergencyContactPhone(), d.emergencyContactRelationship(),
                    client.supportNetwork().stream().map(SupportPersonResource::of).toList(), client.version(),
                    client.created().at(), client.created().by(), client.updated().at(), client.updated().by());
        }
    }

    /** The editable details alone, as the conflict problem shows "current" and "submitted". */
    record DetailsResource(String givenName, String familyName, @Nullable String preferredName,
            @Nullable String pronouns, LocalDate dateOfBirth, @Nullable String sexAtBirth,
            @Nullable String genderIdentity, String preferredLanguage, boolean interpreterNeeded, @Nullable String phone,
            @Nullable String email, @Nullable String addressLine, @Nullable String city, @Nullable String state,
            @Nullable String postalCode, @Nullable String emergencyContactName, @Nullable String emergencyContactPhone,
            @Nullable String emergencyContactRelationship, @Nullable Integer version) {

        static DetailsResource of(ClientDetails d, @Nullable Integer version) {
            return new DetailsResource(d.givenName(), d.familyName(), d.preferredName(), d.pronouns(), d.dateOfBirth(),
                    d.sexAtBirth() == null ? null : d.sexAtBirth().name(), d.genderIdentity(), d.preferredLanguage(),
                    d.interpreterNeeded(), d.phone(), d.email(), d.addressLine(), d.city(), d.state(), d.postalCode(),
                    d.emergencyContactName(), d.emergencyContactPhone(), d.emergencyContactRelationship(), version);
        }
    }

    /** One search result: names and date of birth, never more. */
    record SearchResult(UUID id, String recordNumber, String displayName, String legalName, LocalDate dateOfBirth,
            @Nullable String pronouns, String href) {

        static SearchResult of(ClientSummary summary) {
            return new SearchResult(summary.id().value(), summary.recordNumber(), summary.displayName(),
                    summary.legalName(), summary.dateOfBirth(), summary.pronouns(),
                    "/api/v1/clients/" + summary.id().value());
        }
    }

    record SearchResults(List<SearchResult> results) {}

    record SupportPersonRequest(
            @Nullable @Size(max = 120, message = "Use at most 120 characters.") String name,
            @Nullable @Size(max = 60, message = "Use at most 60 characters.") String relationship,
            @Nullable @Size(max = 30, message = "Use at most 30 characters.") String phone,
            @Nullable @Size(max = 200, message = "Use at most 200 characters.") String email,
            @Nullable Boolean mayContact,
            @Nullable @Size(max = 500, message = "Use at most 500 characters.") String notes,
            @Nullable Integer version) {

        SupportPersonDraft toDraft() {
            return new SupportPersonDraft(name, relationship, phone, email, Boolean.TRUE.equals(mayContact), notes);
        }
    }

    record SupportPersonResource(UUID id, String name, String relationship, @Nullable String phone,
            @Nullable String email, boolean mayContact, @Nullable String notes, int version) {

        static SupportPersonResource of(SupportPerson person) {
            var d = person.details();
            return new SupportPersonResource(person.id(), d.name(), d.relationship(), d.phone(), d.email(),
                    d.mayContact(), d.notes(), person.version());
        }
    }

    /** The body of DELETE /api/v1/clients/{id} and POST /api/v1/clients/{id}/break-glass. */
    record ReasonRequest(@Nullable @Size(max = 500, message = "Use at most 500 characters.") String reason) {}

    record BreakGlassResponse(boolean granted, String access, @Nullable Instant expiresAt, String client) {}
}
