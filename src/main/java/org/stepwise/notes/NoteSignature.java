package org.stepwise.notes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.StaffId;

/**
 * A signature on a note: who, in which capacity, under which credential, when, and the SHA-256 of the content they
 * signed.
 */
public record NoteSignature(StaffId signer, String signerName, @Nullable String credential, Capacity capacity,
        Instant signedAt, String contentHash) {

    public enum Capacity {
        AUTHOR("Signed by"),
        COSIGNER("Co-signed by");

        private final String label;

        Capacity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
