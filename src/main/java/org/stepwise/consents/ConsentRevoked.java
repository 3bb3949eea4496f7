package org.stepwise.consents;

import java.time.LocalDate;
import org.stepwise.shared.ClientId;

/** A client revoked a consent: from {@code revokedOn} on it permits no disclosure. */
public record ConsentRevoked(ConsentId consent, ClientId client, ConsentKind kind, LocalDate revokedOn) {}
