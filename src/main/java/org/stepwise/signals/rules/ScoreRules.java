package org.stepwise.signals.rules;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepwise.measures.ScoreChange;
import org.stepwise.signals.SignalKind;
import org.stepwise.signals.rules.ClientFacts.Score;
import org.stepwise.signals.rules.SignalThresholds.InstrumentRule;

/**
 * What a client's scores say, per instrument: reliable deterioration (from the first score to the latest, or from the
 * one before the latest), severe scores not improving, reliable improvement and remission. The change itself is judged
 * by {@link ScoreChange} with the instrument's criteria, never here.
 */
final class ScoreRules {

    private ScoreRules() {}

    static List<RaisedSignal> evaluate(ClientFacts facts, SignalThresholds thresholds) {
        List<RaisedSignal> raised = new ArrayList<>();
        for (InstrumentRule rule : thresholds.instruments()) {
            List<Score> scores = facts.scores().stream()
                    .filter(s -> s.instrument().equals(rule.code()) && s.total() != null)
                    .filter(s -> !s.on().isBefore(facts.admittedOn().minusDays(thresholds.baselineLookBackDays())))
                    .toList();
            if (scores.size() < 2) {
                continue;
            }
            deterioration(facts, rule, scores).ifPresent(raised::add);
            severeNotImproving(facts, rule, scores, thresholds.severeWeeks()).ifPresent(raised::add);
            improvement(facts, rule, scores).ifPresent(raised::add);
        }
        return raised;
    }

    /** Reliable deterioration from the first score, or from the score before the latest. */
    static java.util.Optional<RaisedSignal> deterioration(ClientFacts facts, InstrumentRule rule, List<Score> scores) {
        Score first = scores.getFirst();
        Score previous = scores.get(scores.size() - 2);
        Score latest = scores.getLast();
        ScoreChange overall = change(first, latest, rule);
        ScoreChange recent = change(previous, latest, rule);
        boolean sinceFirst = overall.reliability() == ScoreChange.Reliability.RELIABLE_DETERIORATION;
        boolean sincePrevious = recent.reliability() == ScoreChange.Reliability.RELIABLE_DETERIORATION;
        if (!sinceFirst && !sincePrevious) {
            return java.util.Optional.empty();
        }
        Score from = sinceFirst ? first : previous;
        ScoreChange shown = sinceFirst ? overall : recent;
        List<Evidence.Fact> shownFacts = new ArrayList<>();
        shownFacts.add(fact(facts, rule, from, sinceFirst ? "first" : "previous"));
        if (sinceFirst && sincePrevious && previous != first) {
            shownFacts.add(fact(facts, rule, previous, "previous"));
        }
        shownFacts.add(fact(facts, rule, latest, "latest"));
        String summary = rule.name() + " rose " + shown.points() + " points, from " + shown.baseline() + " on "
                + from.on() + " to " + shown.latest() + " on " + latest.on() + threshold(rule) + ".";
        return java.util.Optional.of(new RaisedSignal(SignalKind.RELIABLE_DETERIORATION, rule.code(),
                new Evidence(summary, shownFacts)));
    }

    /**
     * Severe on every score for at least {@code weeks} weeks (the latest score at least that long after the first of
     * the unbroken run of severe scores), with no reliable improvement over the run.
     */
    static java.util.Optional<RaisedSignal> severeNotImproving(ClientFacts facts, InstrumentRule rule,
            List<Score> scores, int weeks) {
        int start = scores.size();
        while (start > 0 && severe(scores.get(start - 1), rule)) {
            start--;
        }
        if (start == scores.size()) {
            return java.util.Optional.empty();
        }
        List<Score> run = scores.subList(start, scores.size());
        Score first = run.getFirst();
        Score latest = run.getLast();
        long days = ChronoUnit.DAYS.between(first.on(), latest.on());
        if (days < 7L * weeks
                || change(first, latest, rule).reliability() == ScoreChange.Reliability.RELIABLE_IMPROVEMENT) {
            return java.util.Optional.empty();
        }
        List<Evidence.Fact> shown = run.stream().map(s -> fact(facts, rule, s, "severe")).toList();
        String summary = rule.name() + " severe on all " + run.size() + " scores from " + first.on() + " to "
                + latest.on() + " (" + days / 7 + " weeks), without reliable improvement.";
        return java.util.Optional.of(new RaisedSignal(SignalKind.SEVERE_NOT_IMPROVING, rule.code(),
                new Evidence(summary, shown)));
    }

    /** Remission (which says more) or else reliable improvement, from the first score to the latest. */
    static java.util.Optional<RaisedSignal> improvement(ClientFacts facts, InstrumentRule rule, List<Score> scores) {
        Score first = scores.getFirst();
        Score latest = scores.getLast();
        ScoreChange change = change(first, latest, rule);
        List<Evidence.Fact> shown = List.of(fact(facts, rule, first, "first"), fact(facts, rule, latest, "latest"));
        if (change.remission()) {
            return java.util.Optional.of(new RaisedSignal(SignalKind.REMISSION, rule.code(), new Evidence(rule.name()
                    + " in remission: " + change.latest() + " on " + latest.on() + ", from " + change.baseline()
                    + " on " + first.on() + ".", shown)));
        }
        if (change.reliability() == ScoreChange.Reliability.RELIABLE_IMPROVEMENT) {
            return java.util.Optional.of(new RaisedSignal(SignalKind.RELIABLE_IMPROVEMENT, rule.code(), new Evidence(
                    rule.name() + " fell " + -change.points() + " points, from " + change.baseline() + " on "
                            + first.on() + " to " + change.latest() + " on " + latest.on() + threshold(rule)
                            + (change.response() ? "; a response (50% or more)." : "."), shown)));
        }
        return java.util.Optional.empty();
    }

    static boolean severe(Score score, InstrumentRule rule) {
        return (score.total() != null && score.total() >= rule.severeAtLeast())
                || (score.band() != null && score.band().toLowerCase(Locale.ROOT).equals("severe"));
    }

    private static ScoreChange change(Score from, Score to, InstrumentRule rule) {
        return ScoreChange.between(java.util.Objects.requireNonNull(from.total()),
                java.util.Objects.requireNonNull(to.total()), rule.criteria());
    }

    private static String threshold(InstrumentRule rule) {
        Integer fixed = rule.criteria().fixedThreshold();
        return fixed == null ? " (reliable by the Jacobson-Truax index)" : " (" + fixed + " points is reliable)";
    }

    private static Evidence.Fact fact(ClientFacts facts, InstrumentRule rule, Score s, String which) {
        return new Evidence.Fact(rule.name() + " (" + which + ")", s.total() + (s.band() == null ? "" : " (" + s.band()
                + ")"), s.on(), Links.measure(facts.client(), s.id()));
    }
}
