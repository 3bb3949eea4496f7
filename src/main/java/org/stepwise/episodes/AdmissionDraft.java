package org.stepwise.episodes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/**
 * What an intake coordinator asks for when admitting a client, before it is checked. Blank weekly hours or length take
 * the program's defaults; the level of care defaults to 2.1 (IOP).
 *
 * @param requestId the id the episode will get; resending the same id returns the first outcome and changes nothing
 * @param otherDiagnoses ICD-10-CM codes besides the primary one (up to 11)
 * @param careTeam staff to put on the client's care team with their role on it
 */
public record AdmissionDraft(
        @Nullable UUID requestId,
        @Nullable TrackId track,
        @Nullable LocalDate admittedOn,
        @Nullable Integer plannedLengthDays,
        @Nullable BigDecimal weeklyHours,
        @Nullable String levelOfCare,
        @Nullable String primaryDiagnosis,
        List<String> otherDiagnoses,
        @Nullable String payerName,
        @Nullable String memberId,
        @Nullable String authorizationNumber,
        @Nullable Integer authorizedUnits,
        @Nullable LocalDate authorizationStart,
        @Nullable LocalDate authorizationEnd,
        @Nullable LocalDate certifiedOn,
        @Nullable String certifyingPhysician,
        List<CareTeamPick> careTeam,
        @Nullable UUID referralId) {

    public AdmissionDraft {
        otherDiagnoses = List.copyOf(otherDiagnoses);
        careTeam = List.copyOf(careTeam);
    }

    /** A staff member for the care team and what they do for the client. */
    public record CareTeamPick(@Nullable StaffId staff, @Nullable String roleOnTeam) {}
}
