package org.stepwise.consents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.StaffId;

/**
 * An electronic signature: the signer typed their name and ticked "I agree"; the program recorded when, and which staff
 * member witnessed it.
 *
 * @param signerName the name the signer typed: the client's own name, or the representative's
 * @param representativeAuthority what gives a representative the right to sign (parent of a minor, guardian…)
 * @param signedAt the moment of signing, to the millisecond
 * @param signedOn the date of signing, in the clinic's time zone
 * @param witnessedBy the staff member who recorded the signature
 */
public record Signature(SignerType signer, String signerName, @Nullable String representativeAuthority,
        Instant signedAt, LocalDate signedOn, StaffId witnessedBy) {

    public Signature {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signerName, "signer name");
        if ((signer == SignerType.REPRESENTATIVE) != (representativeAuthority != null)) {
            throw new IllegalArgumentException("A representative's signature, and only that, states the authority");
        }
    }
}
