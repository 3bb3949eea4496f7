package org.stepwise.safety;

import java.time.Instant;
import java.time.LocalDate;
import org.stepwise.shared.StaffId;

/**
 * A signature on one version.
 *
 * @param signerName the name the client signed with, or the clinician's name
 * @param staff who recorded it (the clinician, also for the client's signature)
 * @param contentHash the SHA-256 of the content signed
 */
public record RecoveryPlanSignature(RecoveryPlanSigner role, String signerName, LocalDate signedOn, StaffId staff,
        String staffName, Instant recordedAt, String contentHash) {}
