package org.stepwise.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One version of a plan with its full content and its signatures. A DRAFT is edited in place; once anyone has signed
 * it the version is SIGNED and final, and it is in effect from the day the last of the three signatures was given.
 *
 * @param contentHash SHA-256 (hex) of the canonical JSON of {@code content}
 */
public record PlanVersion(int number, Status status, Origin origin, PlanContent content, String contentHash,
        @Nullable LocalDate effectiveOn, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
        List<PlanSignature> signatures) {

    public PlanVersion {
        signatures = List.copyOf(signatures);
    }

    public enum Status { DRAFT, SIGNED }

    /** How the version came about. */
    public enum Origin {
        DRAFTED("Drafted from the admission"),
        EDITED("Edited"),
        REVIEWED("Written by a review");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Optional<PlanSignature> signature(SignerRole role) {
        return signatures.stream().filter(s -> s.role() == role).findFirst();
    }

    public boolean signedBy(SignerRole role) {
        return signature(role).isPresent();
    }

    /** The roles that have yet to sign, in the order client, clinician, physician. */
    public List<SignerRole> missingSignatures() {
        return Arrays.stream(SignerRole.values()).filter(r -> !signedBy(r)).toList();
    }

    public boolean inEffect() {
        return effectiveOn != null;
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }
}
