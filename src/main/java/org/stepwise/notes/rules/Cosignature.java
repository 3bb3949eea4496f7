package org.stepwise.notes.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Credential;

/**
 * Who needs a supervisor's co-signature, and who may give one. A person's notes need co-signature when every credential
 * they hold and that is valid today requires it (an associate licence); one valid independent licence is enough to sign
 * alone, and a person with no credential on record is not held back by this rule (the clinic records credentials, not
 * the note). A co-signer holds NOTE_COSIGN, is not the author, and does not need co-signature themselves.
 */
public final class Cosignature {

    private Cosignature() {}

    public static boolean required(List<Credential> credentials, LocalDate today) {
        List<Credential> valid = credentials.stream().filter(c -> !c.expiredOn(today)).toList();
        return !valid.isEmpty() && valid.stream().allMatch(Credential::requiresCosignature);
    }

    /**
     * The credential a signature is recorded under: a valid independent licence first, then any valid one, by expiry;
     * null when none is on record.
     */
    public static @Nullable String signingCredential(List<Credential> credentials, LocalDate today) {
        Optional<Credential> chosen = credentials.stream().filter(c -> !c.expiredOn(today))
                .min(Comparator.comparing(Credential::requiresCosignature)
                        .thenComparing(c -> c.expiresOn() == null ? LocalDate.MAX : c.expiresOn()));
        return chosen.map(Credential::licenceType).orElse(null);
    }

    /** Why this person may not co-sign this author's note; empty when they may. */
    public static Optional<String> refusal(StaffId author, StaffId cosigner, boolean holdsNoteCosign,
            List<Credential> cosignerCredentials, LocalDate today) {
        if (author.equals(cosigner)) {
            return Optional.of("You wrote this note: a co-signature must come from someone else, such as your "
                    + "supervisor.");
        }
        if (!holdsNoteCosign) {
            return Optional.of("Your role may not co-sign notes.");
        }
        if (required(cosignerCredentials, today)) {
            return Optional.of("Your own credentials require a co-signature, so you may not co-sign others' notes.");
        }
        return Optional.empty();
    }
}
