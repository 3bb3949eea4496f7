package org.stepwise.careplan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.StaffId;

/**
 * One signature on one version of a plan.
 *
 * @param signerName the name signed: the client's as they wrote it, or the staff member's
 * @param credential the staff signer's licences when they signed ("LCSW"), none for the client
 * @param staff who signed, or for the client's signature, who recorded it
 * @param staffName that person's name
 * @param contentHash the SHA-256 of the version's content signed, the same as the version's own
 */
public record PlanSignature(SignerRole role, String signerName, @Nullable String credential, LocalDate signedOn,
        StaffId staff, String staffName, Instant recordedAt, String contentHash) {}
