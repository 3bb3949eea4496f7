package org.stepwise.clients.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A family member or other support person: who, how related, how to reach them and whether the clinic may. */
public record SupportPersonDetails(String name, String relationship, @Nullable String phone, @Nullable String email,
        boolean mayContact, @Nullable String notes) {

    /**
     * Checks a draft and returns the cleaned details.
     *
     * @throws org.stepwise.shared.InvalidRequestException naming each field in error
     */
    public static SupportPersonDetails of(SupportPersonDraft draft) {
        Checks checks = new Checks();
        String name = checks.requiredName("name", draft.name(), 120, "Enter the person's name.");
        String relationship = checks.requiredLine("relationship", draft.relationship(), 60,
                "Enter how they relate to the client (for example mother, partner, sponsor).");
        String phone = checks.phone("phone", draft.phone());
        String email = checks.email("email", draft.email());
        String notes = checks.optionalText("notes", draft.notes(), 500);
        if (draft.mayContact() && phone == null && email == null && checks.ok("phone") && checks.ok("email")) {
            checks.fail("mayContact", "To allow the clinic to contact this person, give a phone number or an email address.");
        }
        checks.throwIfAny();
        return new SupportPersonDetails(name, relationship, phone, email, draft.mayContact(), notes);
    }

    /** Names of the fields that differ, for the audit row. */
    public List<String> differences(SupportPersonDetails other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", name, other.name);
        compare(changed, "relationship", relationship, other.relationship);
        compare(changed, "phone", phone, other.phone);
        compare(changed, "email", email, other.email);
        compare(changed, "mayContact", mayContact, other.mayContact);
        compare(changed, "notes", notes, other.notes);
        return changed;
    }

    private static void compare(List<String> changed, String field, @Nullable Object a, @Nullable Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(field);
        }
    }

    public SupportPersonDraft toDraft() {
        return new SupportPersonDraft(name, relationship, phone, email, mayContact, notes);
    }
}
