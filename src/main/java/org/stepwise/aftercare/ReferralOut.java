package org.stepwise.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A referral packet sent to the next provider: the sections it carried, those left out and why, and the disclosures
 * recorded for it in the accounting of disclosures.
 */
public record ReferralOut(UUID id, int versionNumber, String recipientName, List<PacketSection> included,
        List<LeftOut> leftOut, List<UUID> disclosures, LocalDate sentOn, String sentByName, Instant recordedAt) {

    /** A section the consents on file do not let go to this provider, and the reason the consent rule gave. */
    public record LeftOut(PacketSection section, String reason) {}

    public ReferralOut {
        included = List.copyOf(included);
        leftOut = List.copyOf(leftOut);
        disclosures = List.copyOf(disclosures);
    }
}
