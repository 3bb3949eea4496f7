package org.stepwise.consents.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.consents.NewDisclosure;

/** The record-a-disclosure form on the accounting page. */
record DisclosureForm(
        @Nullable @Size(max = 200, message = "Use at most 200 characters.") String recipientName,
        @Nullable @Size(max = 30, message = "Choose a class of recipients or none.") String recipientClass,
        @Nullable @Size(max = 30, message = "Choose a purpose.") String purpose,
        @Nullable @Size(max = 20, message = "Tick at most 20 categories.") List<String> categories,
        @Nullable @Size(max = 10, message = "Enter the date as yyyy-mm-dd.") String on,
        @Nullable @Size(max = 10, message = "Choose which law protects the records.") String protection) {

    static DisclosureForm blank() {
        return new DisclosureForm(null, null, null, null, null, "PART2");
    }

    NewDisclosure toNew() {
        return new NewDisclosure(recipientName, recipientClass, purpose, categories, on, protection);
    }

    public boolean has(String category) {
        return categories != null && categories.contains(category);
    }
}
