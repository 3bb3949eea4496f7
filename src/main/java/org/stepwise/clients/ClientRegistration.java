package org.stepwise.clients;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Registers clients on behalf of other modules (intake turns a referral's person into a client), with the registry's
 * own checks and its duplicate detection: a person who is already a client (a readmission) is found, not registered
 * twice.
 */
public interface ClientRegistration {

    /**
     * The person as another module knows them: enough to register a client and to look for one already registered.
     *
     * @param dateOfBirth required to register; without it only the phone number finds duplicates
     */
    record NewClient(@Nullable String givenName, @Nullable String familyName, @Nullable LocalDate dateOfBirth,
            @Nullable String phone) {}

    /**
     * Clients who are likely the same person (same date of birth and a similar name, or the same phone number), for
     * the signed-in user; records a SEARCH audit row when anything was looked up. Empty when the details are too
     * incomplete to compare.
     */
    List<ClientSummary> likelyDuplicates(NewClient person);

    /**
     * Registers the person as a new client, with its CREATE audit row, in the caller's transaction.
     *
     * @param confirmDuplicate the user has seen the likely duplicates and says this is someone else
     * @throws PossibleDuplicateClientException when there are likely duplicates and the user has not confirmed
     * @throws org.stepwise.shared.InvalidRequestException naming each field the registry refuses
     */
    ClientSummary register(NewClient person, boolean confirmDuplicate);
}
