package org.stepwise.consents;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/** A client (or their representative) signed a consent. Published in the transaction that stores it. */
public record ConsentSigned(ConsentId consent, ClientId client, ConsentKind kind, LocalDate signedOn,
        @Nullable LocalDate expiresOn) {}
