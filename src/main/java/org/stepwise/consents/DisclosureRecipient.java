package org.stepwise.consents;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who would receive a disclosure: always a name (for the accounting of disclosures), and the class of recipients it
 * belongs to when it belongs to one (a treating provider, the client's health plan). A consent covers it when it names
 * the recipient or lists its class.
 */
public record DisclosureRecipient(String name, @Nullable RecipientClass recipientClass) {

    public DisclosureRecipient {
        Objects.requireNonNull(name, "recipient name");
    }

    public String describe() {
        return recipientClass == null ? name : name + " (" + recipientClass.label().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
