package org.stepwise.signals.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stepwise.signals.SignalKind;
import org.stepwise.signals.rules.ClientFacts.Mark;
import org.stepwise.signals.rules.ClientFacts.SessionMark;
import org.stepwise.signals.rules.ClientFacts.WeekHours;

/**
 * Attendance, substance use, home and safety: hours below target in the last finished week, two missed sessions in a
 * row, an unexpected positive screen or reported use, a home that does not support recovery, an open safety alert (step
 * up); attendance at or above the share of target for the last weeks, no safety alert for some weeks, every plan
 * objective met (step down).
 */
final class EngagementRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EngagementRules() {}

    static List<RaisedSignal> evaluate(ClientFacts facts, SignalThresholds t) {
        List<RaisedSignal> raised = new ArrayList<>();
        hoursBelowTarget(facts).ifPresent(raised::add);
        missedInARow(facts).ifPresent(raised::add);
        unexpectedPositive(facts, t).ifPresent(raised::add);
        reportedUse(facts, t).ifPresent(raised::add);
        homeNotSupportive(facts).ifPresent(raised::add);
        openSafetyAlert(facts).ifPresent(raised::add);
        attendanceOnTarget(facts, t).ifPresent(raised::add);
        noSafetyAlert(facts, t).ifPresent(raised::add);
        objectivesMet(facts).ifPresent(raised::add);
        return raised;
    }

    /** Every active objective of the plan is met (a plan without objectives says nothing). */
    static Optional<RaisedSignal> objectivesMet(ClientFacts facts) {
        if (facts.objectives().isEmpty() || !facts.objectives().stream().allMatch(ClientFacts.Objective::met)) {
            return Optional.empty();
        }
        return Optional.of(new RaisedSignal(SignalKind.OBJECTIVES_MET, "", new Evidence("All "
                + facts.objectives().size() + " active objectives of the treatment plan are met.",
                facts.objectives().stream().map(o -> new Evidence.Fact("Objective met", o.text(), null,
                        Links.plan(facts.client()))).toList())));
    }

    static Optional<RaisedSignal> hoursBelowTarget(ClientFacts facts) {
        if (facts.finishedWeeks().isEmpty()) {
            return Optional.empty();
        }
        WeekHours last = facts.finishedWeeks().getLast();
        if (last.attended().compareTo(last.target()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new RaisedSignal(SignalKind.HOURS_BELOW_TARGET, "", new Evidence("Attended "
                + plain(last.attended()) + " of the " + plain(last.target()) + " hours of the week of " + last.monday()
                + ".", List.of(weekFact(facts, last)))));
    }

    /** The latest sessions with attendance taken end in two or more absences in a row (a session not taken breaks it). */
    static Optional<RaisedSignal> missedInARow(ClientFacts facts) {
        List<SessionMark> sessions = facts.recentSessions();
        int end = sessions.size();
        while (end > 0 && sessions.get(end - 1).mark() == Mark.NOT_RECORDED) {
            end--;
        }
        int start = end;
        while (start > 0 && sessions.get(start - 1).mark() == Mark.MISSED) {
            start--;
        }
        if (end - start < 2) {
            return Optional.empty();
        }
        List<SessionMark> run = sessions.subList(start, end);
        List<Evidence.Fact> shown = run.stream().map(s -> new Evidence.Fact("Missed session", s.title(), s.on(),
                Links.week(facts.client(), s.on().with(java.time.DayOfWeek.MONDAY)))).toList();
        return Optional.of(new RaisedSignal(SignalKind.MISSED_IN_A_ROW, "", new Evidence("Missed the last "
                + run.size() + " sessions in a row, from " + run.getFirst().on() + " to " + run.getLast().on() + ".",
                shown)));
    }

    static Optional<RaisedSignal> unexpectedPositive(ClientFacts facts, SignalThresholds t) {
        LocalDate since = facts.today().minusDays(t.recentUseDays());
        List<Evidence.Fact> shown = facts.screens().stream()
                .filter(s -> !s.unexpected().isEmpty() && !s.collectedOn().isBefore(since))
                .map(s -> new Evidence.Fact("Unexpected positive screen", String.join(", ", s.unexpected()),
                        s.collectedOn(), Links.chart(facts.client())))
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RaisedSignal(SignalKind.UNEXPECTED_POSITIVE_SCREEN, "", new Evidence(shown.size()
                + (shown.size() == 1 ? " drug screen" : " drug screens") + " with an unexpected positive in the last "
                + t.recentUseDays() + " days (" + shown.getFirst().value() + " on " + shown.getFirst().on() + ").",
                shown)));
    }

    static Optional<RaisedSignal> reportedUse(ClientFacts facts, SignalThresholds t) {
        LocalDate since = facts.today().minusDays(t.recentUseDays());
        List<Evidence.Fact> shown = facts.scores().stream()
                .filter(s -> s.use() != null && s.use() > 0 && !s.on().isBefore(since))
                .map(s -> new Evidence.Fact("Use reported (" + s.instrument().toUpperCase(java.util.Locale.ROOT)
                        + " use scale)", String.valueOf(s.use()), s.on(), Links.measure(facts.client(), s.id())))
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RaisedSignal(SignalKind.REPORTED_USE, "", new Evidence("Substance use reported on "
                + shown.getLast().on() + " (use scale " + shown.getLast().value() + ").", shown)));
    }

    static Optional<RaisedSignal> homeNotSupportive(ClientFacts facts) {
        ClientFacts.Home home = facts.latestHome();
        if (home == null || home.supportsRecovery()) {
            return Optional.empty();
        }
        return Optional.of(new RaisedSignal(SignalKind.HOME_NOT_SUPPORTIVE, "", new Evidence(
                "The home does not support recovery (assessed " + home.assessedOn() + "): " + home.summary(),
                List.of(new Evidence.Fact("Recovery environment", home.summary(), home.assessedOn(),
                        Links.chart(facts.client()))))));
    }

    static Optional<RaisedSignal> openSafetyAlert(ClientFacts facts) {
        List<Evidence.Fact> shown = facts.safetyAlerts().stream().filter(ClientFacts.Alert::open)
                .map(a -> new Evidence.Fact("Open safety alert", a.reason(), a.openedOn(), Links.safetyAlert(a.id())))
                .toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RaisedSignal(SignalKind.OPEN_SAFETY_ALERT, "", new Evidence(shown.size()
                + (shown.size() == 1 ? " safety alert is" : " safety alerts are") + " open, since "
                + shown.getFirst().on() + ".", shown)));
    }

    /** Each of the last {@code attendanceWeeks} finished weeks at or above the share of target (exactly 80% counts). */
    static Optional<RaisedSignal> attendanceOnTarget(ClientFacts facts, SignalThresholds t) {
        List<WeekHours> weeks = facts.finishedWeeks();
        if (weeks.size() < t.attendanceWeeks()) {
            return Optional.empty();
        }
        List<WeekHours> last = weeks.subList(weeks.size() - t.attendanceWeeks(), weeks.size());
        BigDecimal share = BigDecimal.valueOf(t.attendancePercent());
        boolean all = last.stream().allMatch(w -> w.target().signum() > 0
                && w.attended().multiply(HUNDRED).compareTo(w.target().multiply(share)) >= 0);
        if (!all) {
            return Optional.empty();
        }
        return Optional.of(new RaisedSignal(SignalKind.ATTENDANCE_ON_TARGET, "", new Evidence("Attended at least "
                + t.attendancePercent() + "% of the weekly hours in each of the last " + last.size() + " weeks.",
                last.stream().map(w -> weekFact(facts, w)).toList())));
    }

    /** No open alert, and none resolved (or, without any, the stay begun) within the last {@code safetyFreeWeeks}. */
    static Optional<RaisedSignal> noSafetyAlert(ClientFacts facts, SignalThresholds t) {
        if (facts.safetyAlerts().stream().anyMatch(ClientFacts.Alert::open)) {
            return Optional.empty();
        }
        LocalDate since = facts.admittedOn();
        for (ClientFacts.Alert a : facts.safetyAlerts()) {
            LocalDate ended = java.util.Objects.requireNonNull(a.resolvedOn());
            if (ended.isAfter(since)) {
                since = ended;
            }
        }
        if (since.plusWeeks(t.safetyFreeWeeks()).isAfter(facts.today())) {
            return Optional.empty();
        }
        return Optional.of(new RaisedSignal(SignalKind.NO_SAFETY_ALERT, "", new Evidence("No safety alert since "
                + since + " (" + t.safetyFreeWeeks() + " weeks or more).", List.of(new Evidence.Fact(
                        "No safety alert since", since.toString(), since, Links.chart(facts.client()))))));
    }

    private static Evidence.Fact weekFact(ClientFacts facts, WeekHours w) {
        return new Evidence.Fact("Hours attended in the week of " + w.monday(), plain(w.attended()) + " of "
                + plain(w.target()), w.monday(), Links.week(facts.client(), w.monday()));
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
