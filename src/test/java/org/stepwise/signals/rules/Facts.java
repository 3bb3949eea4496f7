package org.stepwise.signals.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A client's facts built by hand for the rule tests: admitted 2026-01-05 (a Monday), today 2026-03-02. */
final class Facts {

    static final LocalDate ADMITTED = LocalDate.of(2026, 1, 5);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0000-00000000c11e");

    LocalDate today = TODAY;
    LocalDate plannedEnd = ADMITTED.plusDays(120);
    @Nullable LocalDate recertificationDue;
    ClientFacts.@Nullable Authorization authorization;
    @Nullable LocalDate planReviewDue;
    final List<ClientFacts.Score> scores = new ArrayList<>();
    final List<ClientFacts.WeekHours> weeks = new ArrayList<>();
    final List<ClientFacts.SessionMark> sessions = new ArrayList<>();
    final List<ClientFacts.Screen> screens = new ArrayList<>();
    ClientFacts.@Nullable Home home;
    final List<ClientFacts.Alert> alerts = new ArrayList<>();
    final List<ClientFacts.Objective> objectives = new ArrayList<>();

    /** Scores of one instrument a week apart, the last one {@code lastOn}. */
    Facts weekly(String instrument, LocalDate lastOn, int... totals) {
        for (int i = 0; i < totals.length; i++) {
            score(instrument, lastOn.minusWeeks(totals.length - 1 - i), totals[i], null);
        }
        return this;
    }

    Facts score(String instrument, LocalDate on, int total, @Nullable String band) {
        scores.add(new ClientFacts.Score(UUID.randomUUID(), instrument, on, total, band, null));
        return this;
    }

    Facts week(LocalDate monday, String target, String attended) {
        weeks.add(new ClientFacts.WeekHours(monday, new BigDecimal(target), new BigDecimal(attended)));
        return this;
    }

    Facts session(LocalDate on, ClientFacts.Mark mark) {
        sessions.add(new ClientFacts.SessionMark(on, "Group", mark));
        return this;
    }

    ClientFacts build() {
        return new ClientFacts(today, CLIENT, ADMITTED, plannedEnd, recertificationDue, authorization, planReviewDue,
                scores, weeks, sessions, screens, home, alerts, objectives);
    }

    List<RaisedSignal> evaluate() {
        return SignalRules.evaluate(build(), SignalThresholds.DEFAULTS);
    }
}
