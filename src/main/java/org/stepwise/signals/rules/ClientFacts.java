package org.stepwise.signals.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything the signal rules look at for one client's current (admitted) episode, as of {@code today}. Read by the
 * module from the other modules' facts; built by hand in tests.
 *
 * @param scores the client's scored administrations since shortly before admission, oldest first
 * @param finishedWeeks the full ISO weeks of the stay that have ended, oldest first
 * @param recentSessions the client's booked, not cancelled sessions of the last weeks that have begun, in time order
 * @param screens drug screens of the episode, newest first
 * @param latestHome the latest recovery-environment assessment of the episode, if any
 * @param safetyAlerts the client's safety alerts (open and resolved) as announced by the safety module
 * @param objectives the active objectives of the episode's plan
 */
public record ClientFacts(
        LocalDate today,
        UUID client,
        LocalDate admittedOn,
        LocalDate plannedEnd,
        @Nullable LocalDate recertificationDue,
        @Nullable Authorization authorization,
        @Nullable LocalDate planReviewDue,
        List<Score> scores,
        List<WeekHours> finishedWeeks,
        List<SessionMark> recentSessions,
        List<Screen> screens,
        @Nullable Home latestHome,
        List<Alert> safetyAlerts,
        List<Objective> objectives) {

    public ClientFacts {
        scores = List.copyOf(scores);
        finishedWeeks = List.copyOf(finishedWeeks);
        recentSessions = List.copyOf(recentSessions);
        screens = List.copyOf(screens);
        safetyAlerts = List.copyOf(safetyAlerts);
        objectives = List.copyOf(objectives);
    }

    /**
     * One administration.
     *
     * @param use the BAM use scale (items 4 to 6), null for other instruments
     */
    public record Score(UUID id, String instrument, LocalDate on, @Nullable Integer total, @Nullable String band,
            @Nullable Integer use) {}

    /** A finished week: the target and the hours attended. */
    public record WeekHours(LocalDate monday, BigDecimal target, BigDecimal attended) {}

    /** How a session went for the client. */
    public enum Mark { ATTENDED, MISSED, NOT_RECORDED }

    public record SessionMark(LocalDate on, String title, Mark mark) {}

    /** A drug screen; {@code unexpected} lists substances no prescribed medication explains. */
    public record Screen(UUID id, LocalDate collectedOn, List<String> unexpected) {

        public Screen {
            unexpected = List.copyOf(unexpected);
        }
    }

    public record Home(UUID id, boolean supportsRecovery, String summary, LocalDate assessedOn) {}

    /** A safety alert; {@code resolvedOn} is null while it is open. */
    public record Alert(UUID id, String reason, LocalDate openedOn, @Nullable LocalDate resolvedOn) {

        public boolean open() {
            return resolvedOn == null;
        }
    }

    public record Objective(UUID id, String text, boolean met) {}

    /**
     * The payer's authorization.
     *
     * @param units authorized units (days of service), null when none are given
     * @param unitsUsed days attended within the authorization so far
     */
    public record Authorization(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable Integer units,
            int unitsUsed) {}
}
