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
        List<LengthChange> lengthChanges,
        // Issue 7: how the episode ended (null while it has not), and the episode before it when this is a readmission.
        @Nullable Discharge discharge,
        @Nullable EpisodeId previousEpisode) {

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

    /**
     * Issue 7: how an episode ended.
     *
     * @param levelAtDischarge the level of care the client goes on to, or null
     * @param destination the provider or program taking over, or null
     */
    public record Discharge(DischargeType type, LocalDate dischargedOn, String reason, @Nullable String levelAtDischarge,
            @Nullable String destination, String by, Instant at) {}

    /** Days in treatment, admission and discharge days included; null while the episode has not ended. */
    public @Nullable Long lengthOfStayDays() {
        return discharge == null ? null
                : java.time.temporal.ChronoUnit.DAYS.between(admittedOn, discharge.dischargedOn()) + 1;
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
