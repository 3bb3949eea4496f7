package org.stepwise.consents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * A permitted disclosure, as the accounting of disclosures lists it.
 *
 * @param consent the consent that permitted it
 * @param noticeEdition which edition of the 42 CFR 2.32 notice accompanied it
 */
public record Disclosure(UUID id, ClientId client, ConsentId consent, DisclosureRecipient recipient,
        DisclosurePurpose purpose, List<InformationCategory> categories, LocalDate disclosedOn, String noticeEdition,
        StaffId recordedBy, Instant recordedAt) {

    public Disclosure {
        categories = categories.stream().distinct().sorted().toList();
    }
}
