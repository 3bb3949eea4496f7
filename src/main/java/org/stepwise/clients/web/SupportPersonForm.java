package org.stepwise.clients.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.stepwise.clients.internal.SupportPerson;
import org.stepwise.clients.internal.SupportPersonDraft;
import org.stepwise.shared.web.FormErrors;

/** The add and edit support-person page form. */
record SupportPersonForm(
        @Nullable @NotBlank(message = "Enter the person's name.") @Size(max = 120, message = "Use at most 120 characters.") String name,
        @Nullable @NotBlank(message = "Enter how they relate to the client (for example mother, partner, sponsor).") @Size(max = 60, message = "Use at most 60 characters.") String relationship,
        @Nullable @Size(max = 30, message = "Use at most 30 characters.") String phone,
        @Nullable @Size(max = 200, message = "Use at most 200 characters.") String email,
        @Nullable String mayContact,
        @Nullable @Size(max = 500, message = "Use at most 500 characters.") String notes,
        @Nullable String version) {

    static SupportPersonForm blank() {
        return new SupportPersonForm(null, null, null, null, null, null, null);
    }

    static SupportPersonForm of(SupportPerson person) {
        var d = person.details();
        return new SupportPersonForm(d.name(), d.relationship(), d.phone(), d.email(), d.mayContact() ? "true" : null,
                d.notes(), Integer.toString(person.version()));
    }

    SupportPersonDraft toDraft() {
        return new SupportPersonDraft(name, relationship, phone, email, FormErrors.checked(mayContact), notes);
    }

    public boolean contactAllowed() {
        return FormErrors.checked(mayContact);
    }

    @Nullable Integer loadedVersion() {
        return FormErrors.version(version);
    }
}
