package org.stepwise.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/**
 * A client as other modules and search results show one: enough to recognise the person, nothing clinical.
 *
 * @param recordNumber the clinic's record number, {@code SW-} and six or more digits
 * @param displayName the name to call the client by: the preferred name if any (else the given name) and the family name
 * @param legalName given and family name, as on their documents
 */
public record ClientSummary(ClientId id, String recordNumber, String displayName, String legalName,
        LocalDate dateOfBirth, @Nullable String pronouns) {}
