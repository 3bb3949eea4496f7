package org.stepwise.safety;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One version of a plan. A draft changes in place; the first signature makes it final, and a later save starts the next
 * version. It is in effect once both the client and the clinician have signed it.
 */
public record RecoveryPlanVersion(int number, Status status, RecoveryPlanContent content, String contentHash,
        Instant createdAt, String createdByName, Instant updatedAt, String updatedByName,
        List<RecoveryPlanSignature> signatures) {

    public enum Status { DRAFT, SIGNED }

    public RecoveryPlanVersion {
        signatures = List.copyOf(signatures);
    }

    public boolean isDraft() {
        return status == Status.DRAFT;
    }

    public Optional<RecoveryPlanSignature> signature(RecoveryPlanSigner role) {
        return signatures.stream().filter(s -> s.role() == role).findFirst();
    }

    public boolean signedBy(RecoveryPlanSigner role) {
        return signature(role).isPresent();
    }

    public List<RecoveryPlanSigner> missingSignatures() {
        return Arrays.stream(RecoveryPlanSigner.values()).filter(r -> !signedBy(r)).toList();
    }

    public boolean inEffect() {
        return missingSignatures().isEmpty();
    }
}
