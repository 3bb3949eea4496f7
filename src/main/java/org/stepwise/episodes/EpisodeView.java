package org.stepwise.episodes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;

/**
 * An episode of care as pages and the API show it, with what follows from today's date: days remaining until the planned
 * end (negative once past it) and when the physician's recertification is due.
 */
public record EpisodeView(
        EpisodeId id,
        ClientId client,
        ProgramId program,
        String programName,
        TrackId track,
        String trackName,
        EpisodeStatus status,
        @Nullable UUID referral,
        LocalDate admittedOn,
        int plannedLengthDays,
        LocalDate plannedEnd,
        long daysRemaining,
        BigDecimal weeklyHours,
        String levelOfCare,
        List<String> diagnoses,
        @Nullable Payer payer,
        @Nullable Certification certification,
        @Nullable Waiting waiting,
        List<Change> history,
        int version,
        // Issue 6 (length of stay): each extension or shortening of the planned stay, oldest first.
        List<LengthChange> lengthChanges) {

    public EpisodeView {
        diagnoses = List.copyOf(diagnoses);
        history = List.copyOf(history);
        lengthChanges = List.copyOf(lengthChanges);
    }

    /** Issue 6: one change of the planned length of stay (days from and to, the planned end from and to). */
    public record LengthChange(int fromDays, int toDays, LocalDate fromEnd, LocalDate toEnd, String by, Instant at,
            String reason) {

        /** Days added (positive) or taken off (negative). */
        public int days() {
            return toDays - fromDays;
        }
    }

    public String primaryDiagnosis() {
        return diagnoses.getFirst();
    }

    /** Payer and authorization. */
    public record Payer(String name, @Nullable String memberId, @Nullable String authorizationNumber,
            @Nullable Integer authorizedUnits, @Nullable LocalDate authorizationStart,
            @Nullable LocalDate authorizationEnd) {}

    /**
     * The physician's certification and when it must be renewed.
     *
     * @param recertificationDaysLeft negative once overdue
     * @param recertificationText "due in 12 days", "due today", "overdue by 3 days"
     */
    public record Certification(LocalDate certifiedOn, String physician, LocalDate recertificationDue,
            long recertificationDaysLeft, String recertificationText) {

        public boolean overdue() {
            return recertificationDaysLeft < 0;
        }
    }

    /** Where a waitlisted client stands. */
    public record Waiting(UUID entry, int position, LocalDate requestedOn, @Nullable LocalDate expectedStart) {}

    /** One line of the status history. */
    public record Change(@Nullable EpisodeStatus from, EpisodeStatus to, String by, Instant at, String reason) {}
}
