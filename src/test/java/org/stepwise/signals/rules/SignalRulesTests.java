package org.stepwise.signals.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.signals.SignalKind;

/** Every signal rule, with its boundaries, on facts built by hand (plain Java, no Spring, no database). */
class SignalRulesTests {

    private static final LocalDate TODAY = Facts.TODAY;

    private static Optional<RaisedSignal> find(List<RaisedSignal> raised, SignalKind kind) {
        return raised.stream().filter(r -> r.kind() == kind).findFirst();
    }

    private static boolean raises(Facts facts, SignalKind kind) {
        return find(facts.evaluate(), kind).isPresent();
    }

    // ---- scores: deterioration (first to latest, or the one before to the latest) ----

    @ParameterizedTest(name = "PHQ-9 {0} → {1} → {2}: deterioration {3}")
    @CsvSource({
            "8, 11, 15, true",   // 7 points from the first: the browser test's scores
            "8, 11, 14, true",   // exactly 6 points from the first
            "8, 11, 13, false",  // 5 points from the first, 2 from the one before
            "4, 4, 10, true",    // 6 points from the one before the latest
            "10, 5, 10, false",  // 5 up from the one before, back to the first
            "15, 11, 8, false"}) // improving
    void phq9ReliableDeteriorationAtSixPoints(int first, int second, int latest, boolean raised) {
        Facts facts = new Facts().weekly("phq9", TODAY, first, second, latest);
        Optional<RaisedSignal> signal = find(facts.evaluate(), SignalKind.RELIABLE_DETERIORATION);
        assertThat(signal.isPresent()).isEqualTo(raised);
        signal.ifPresent(s -> {
            assertThat(s.topic()).isEqualTo("phq9");
            assertThat(s.evidence().facts()).allSatisfy(f -> assertThat(f.link()).startsWith("/clients/"
                    + Facts.CLIENT + "/measures/"));
        });
    }

    @ParameterizedTest(name = "GAD-7 {0} → {1}: deterioration {2}")
    @CsvSource({"5, 9, true", "5, 8, false", "12, 16, true"})
    void gad7ReliableDeteriorationAtFourPoints(int first, int latest, boolean raised) {
        assertThat(raises(new Facts().weekly("gad7", TODAY, first, latest), SignalKind.RELIABLE_DETERIORATION))
                .isEqualTo(raised);
    }

    @Test
    void theEvidenceOfDeteriorationNamesThePointsAndLinksEachScore() {
        RaisedSignal s = find(new Facts().weekly("phq9", TODAY, 8, 11, 15).evaluate(),
                SignalKind.RELIABLE_DETERIORATION).orElseThrow();
        assertThat(s.evidence().summary()).contains("PHQ-9 rose 7 points, from 8").contains("to 15")
                .contains("6 points is reliable");
        assertThat(s.evidence().facts()).extracting(Evidence.Fact::value).containsExactly("8", "15");
    }

    @Test
    void aSingleScoreRaisesNoChangeSignal() {
        assertThat(new Facts().weekly("phq9", TODAY, 25).evaluate()).noneMatch(r -> r.topic().equals("phq9"));
    }

    @Test
    void scoresLongBeforeAdmissionAreNotTheBaseline() {
        Facts facts = new Facts().score("phq9", Facts.ADMITTED.minusDays(31), 3, null)
                .score("phq9", Facts.ADMITTED.plusDays(7), 8, null).score("phq9", TODAY, 10, null);
        assertThat(raises(facts, SignalKind.RELIABLE_DETERIORATION)).isFalse();
        Facts intake = new Facts().score("phq9", Facts.ADMITTED.minusDays(30), 3, null)
                .score("phq9", TODAY, 10, null);
        assertThat(raises(intake, SignalKind.RELIABLE_DETERIORATION)).isTrue();
    }

    // ---- scores: severe, not improving for three weeks ----

    @ParameterizedTest(name = "severe for {0} days: {1}")
    @CsvSource({"21, true", "20, false", "28, true", "0, false"})
    void severeScoresForThreeWeeksWithoutImprovement(int days, boolean raised) {
        Facts facts = new Facts().score("phq9", TODAY.minusDays(days), 22, "severe").score("phq9", TODAY, 21, "severe");
        assertThat(raises(facts, SignalKind.SEVERE_NOT_IMPROVING)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "PHQ-9 {0}, {1}, {2} over three weeks: severe-not-improving {3}")
    @CsvSource({
            "20, 20, 20, true",   // 20 is severe
            "21, 19, 22, false",  // 19 breaks the run
            "27, 24, 21, false",  // 6 points down: reliable improvement though still severe
            "26, 24, 21, true"})  // 5 points down: not reliable
    void everyScoreOfTheRunMustBeSevereAndNotReliablyBetter(int a, int b, int c, boolean raised) {
        Facts facts = new Facts().score("phq9", TODAY.minusWeeks(3), a, null).score("phq9", TODAY.minusWeeks(1), b, null)
                .score("phq9", TODAY, c, null);
        assertThat(raises(facts, SignalKind.SEVERE_NOT_IMPROVING)).isEqualTo(raised);
    }

    @Test
    void aSevereBandCountsWhateverTheTotal() {
        Facts facts = new Facts().score("gad7", TODAY.minusWeeks(3), 15, "severe").score("gad7", TODAY, 16, "severe");
        assertThat(raises(facts, SignalKind.SEVERE_NOT_IMPROVING)).isTrue();
    }

    // ---- scores: improvement and remission ----

    @ParameterizedTest(name = "PHQ-9 {0} → {1}: improvement {2}, remission {3}")
    @CsvSource({
            "16, 10, true, false",  // exactly 6 points down
            "16, 11, false, false", // 5 points down
            "12, 4, false, true",   // below 5 from above 9: remission (which says more than improvement)
            "9, 2, true, false"})   // from 9 (not above 9): improvement only
    void reliableImprovementAndRemission(int first, int latest, boolean improvement, boolean remission) {
        List<RaisedSignal> raised = new Facts().weekly("phq9", TODAY, first, latest).evaluate();
        assertThat(find(raised, SignalKind.RELIABLE_IMPROVEMENT).isPresent()).isEqualTo(improvement);
        assertThat(find(raised, SignalKind.REMISSION).isPresent()).isEqualTo(remission);
    }

    // ---- attendance ----

    @ParameterizedTest(name = "week of {0} h attended of {1}: hours below target {2}")
    @CsvSource({"8.99, 9, true", "9, 9, false", "10, 9, false", "0, 9, true"})
    void hoursBelowTargetInTheLastFinishedWeek(String attended, String target, boolean raised) {
        Facts facts = new Facts().week(TODAY.minusWeeks(1), target, attended);
        assertThat(raises(facts, SignalKind.HOURS_BELOW_TARGET)).isEqualTo(raised);
    }

    @Test
    void onlyTheLastFinishedWeekCounts() {
        Facts facts = new Facts().week(TODAY.minusWeeks(2), "9", "2").week(TODAY.minusWeeks(1), "9", "9");
        assertThat(raises(facts, SignalKind.HOURS_BELOW_TARGET)).isFalse();
    }

    @ParameterizedTest(name = "two weeks at {0} and {1} of 10 h: on target {2}")
    @CsvSource({
            "8, 8, true",      // exactly 80%
            "7.99, 10, false", // just under in one week
            "10, 7.9, false",
            "12, 9, true"})
    void attendanceAtOrAboveEightyPercentOfTargetForTwoWeeks(String first, String second, boolean raised) {
        Facts facts = new Facts().week(TODAY.minusWeeks(2), "10", first).week(TODAY.minusWeeks(1), "10", second);
        assertThat(raises(facts, SignalKind.ATTENDANCE_ON_TARGET)).isEqualTo(raised);
    }

    @Test
    void oneGoodWeekIsNotEnough() {
        assertThat(raises(new Facts().week(TODAY.minusWeeks(1), "9", "9"), SignalKind.ATTENDANCE_ON_TARGET)).isFalse();
    }

    @ParameterizedTest(name = "{0}: missed in a row {1}")
    @CsvSource({
            "ATTENDED MISSED MISSED, true",
            "MISSED MISSED NOT_RECORDED, true",      // today's not taken yet
            "MISSED ATTENDED MISSED, false",
            "MISSED NOT_RECORDED MISSED, false",     // a session not taken breaks the run
            "MISSED, false",
            "MISSED MISSED MISSED, true"})
    void twoMissedSessionsInARow(String marks, boolean raised) {
        Facts facts = new Facts();
        String[] each = marks.split(" ");
        for (int i = 0; i < each.length; i++) {
            facts.session(TODAY.minusDays(each.length - i), ClientFacts.Mark.valueOf(each[i]));
        }
        assertThat(raises(facts, SignalKind.MISSED_IN_A_ROW)).isEqualTo(raised);
    }

    // ---- use, home, safety ----

    @ParameterizedTest(name = "screen {0} days ago with {1}: {2}")
    @CsvSource({"0, fentanyl, true", "30, fentanyl, true", "31, fentanyl, false", "3, '', false"})
    void anUnexpectedPositiveScreenInTheLast30Days(int daysAgo, String unexpected, boolean raised) {
        Facts facts = new Facts();
        facts.screens.add(new ClientFacts.Screen(UUID.randomUUID(), TODAY.minusDays(daysAgo),
                unexpected.isEmpty() ? List.of() : List.of(unexpected)));
        assertThat(raises(facts, SignalKind.UNEXPECTED_POSITIVE_SCREEN)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "BAM use scale {0}: {1}")
    @CsvSource({"0, false", "1, true", "12, true"})
    void useReportedOnTheBam(int use, boolean raised) {
        Facts facts = new Facts();
        facts.scores.add(new ClientFacts.Score(UUID.randomUUID(), "bam", TODAY.minusDays(2), null, null, use));
        assertThat(raises(facts, SignalKind.REPORTED_USE)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "home supports recovery {0}: {1}")
    @CsvSource({"false, true", "true, false"})
    void aHomeThatDoesNotSupportRecovery(boolean supports, boolean raised) {
        Facts facts = new Facts();
        facts.home = new ClientFacts.Home(UUID.randomUUID(), supports, "Partner drinks at home", TODAY.minusDays(3));
        assertThat(raises(facts, SignalKind.HOME_NOT_SUPPORTIVE)).isEqualTo(raised);
    }

    @Test
    void anOpenSafetyAlertStepsUpAndBlocksTheSafetyFreeStepDown() {
        Facts facts = new Facts();
        UUID alert = UUID.randomUUID();
        facts.alerts.add(new ClientFacts.Alert(alert, "PHQ-9 item 9", TODAY.minusDays(40), null));
        List<RaisedSignal> raised = facts.evaluate();
        assertThat(find(raised, SignalKind.OPEN_SAFETY_ALERT)).hasValueSatisfying(s ->
                assertThat(s.evidence().facts().getFirst().link()).isEqualTo("/safety/alerts/" + alert));
        assertThat(find(raised, SignalKind.NO_SAFETY_ALERT)).isEmpty();
    }

    @ParameterizedTest(name = "last alert resolved {0} days ago: no-safety-alert {1}")
    @CsvSource({"28, true", "27, false", "-1, true"}) // -1: never an alert, admitted 8 weeks ago
    void noSafetyAlertForFourWeeks(int resolvedDaysAgo, boolean raised) {
        Facts facts = new Facts();
        if (resolvedDaysAgo >= 0) {
            facts.alerts.add(new ClientFacts.Alert(UUID.randomUUID(), "PHQ-9 item 9", TODAY.minusDays(50),
                    TODAY.minusDays(resolvedDaysAgo)));
        }
        assertThat(raises(facts, SignalKind.NO_SAFETY_ALERT)).isEqualTo(raised);
    }

    @Test
    void aStayShorterThanFourWeeksHasNoSafetyFreeStepDown() {
        Facts facts = new Facts();
        facts.today = Facts.ADMITTED.plusDays(27);
        assertThat(raises(facts, SignalKind.NO_SAFETY_ALERT)).isFalse();
        facts.today = Facts.ADMITTED.plusDays(28);
        assertThat(raises(facts, SignalKind.NO_SAFETY_ALERT)).isTrue();
    }

    // ---- plan objectives ----

    @ParameterizedTest(name = "objectives met {0} of {1}: {2}")
    @CsvSource({"2, 2, true", "1, 2, false", "0, 0, false"})
    void allActiveObjectivesMet(int met, int total, boolean raised) {
        Facts facts = new Facts();
        for (int i = 0; i < total; i++) {
            facts.objectives.add(new ClientFacts.Objective(UUID.randomUUID(), "Objective " + i, i < met));
        }
        assertThat(raises(facts, SignalKind.OBJECTIVES_MET)).isEqualTo(raised);
    }

    // ---- due ----

    @ParameterizedTest(name = "recertification in {0} days: {1}")
    @CsvSource({"7, true", "8, false", "0, true", "-3, true"})
    void recertificationDueWithinAWeekOrOverdue(int inDays, boolean raised) {
        Facts facts = new Facts();
        facts.recertificationDue = TODAY.plusDays(inDays);
        Optional<RaisedSignal> s = find(facts.evaluate(), SignalKind.RECERTIFICATION_DUE);
        assertThat(s.isPresent()).isEqualTo(raised);
        if (inDays < 0) {
            assertThat(s.orElseThrow().evidence().summary()).contains("overdue by 3 days");
        }
    }

    @ParameterizedTest(name = "plan review in {0} days: {1}")
    @CsvSource({"7, true", "8, false"})
    void planReviewDue(int inDays, boolean raised) {
        Facts facts = new Facts();
        facts.planReviewDue = TODAY.plusDays(inDays);
        assertThat(raises(facts, SignalKind.PLAN_REVIEW_DUE)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "authorization ends in {0} days: {1}")
    @CsvSource({"7, true", "8, false"})
    void authorizationEnding(int inDays, boolean raised) {
        Facts facts = new Facts();
        facts.authorization = new ClientFacts.Authorization(Facts.ADMITTED, TODAY.plusDays(inDays), null, 0);
        assertThat(raises(facts, SignalKind.AUTHORIZATION_ENDING)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "{1} of {0} units used: {2}")
    @CsvSource({"20, 17, true", "20, 16, false", "20, 22, true"})
    void unitsRunningOutAtThreeLeft(int units, int used, boolean raised) {
        Facts facts = new Facts();
        facts.authorization = new ClientFacts.Authorization(Facts.ADMITTED, TODAY.plusDays(60), units, used);
        assertThat(raises(facts, SignalKind.UNITS_RUNNING_OUT)).isEqualTo(raised);
    }

    @Test
    void unitsUsedDoNotChangeTheFingerprintButTheAuthorizationDoes() {
        Facts facts = new Facts();
        facts.authorization = new ClientFacts.Authorization(Facts.ADMITTED, TODAY.plusDays(60), 20, 17);
        String first = find(facts.evaluate(), SignalKind.UNITS_RUNNING_OUT).orElseThrow().fingerprint();
        facts.authorization = new ClientFacts.Authorization(Facts.ADMITTED, TODAY.plusDays(60), 20, 18);
        assertThat(find(facts.evaluate(), SignalKind.UNITS_RUNNING_OUT).orElseThrow().fingerprint()).isEqualTo(first);
        facts.authorization = new ClientFacts.Authorization(Facts.ADMITTED, TODAY.plusDays(60), 24, 21);
        assertThat(find(facts.evaluate(), SignalKind.UNITS_RUNNING_OUT).orElseThrow().fingerprint()).isNotEqualTo(first);
    }

    @ParameterizedTest(name = "planned end in {0} days: {1}")
    @CsvSource({"7, true", "8, false", "-1, true"})
    void plannedEndOfStayNear(int inDays, boolean raised) {
        Facts facts = new Facts();
        facts.plannedEnd = TODAY.plusDays(inDays);
        assertThat(raises(facts, SignalKind.PLANNED_END_NEAR)).isEqualTo(raised);
    }

    // ---- fingerprints ----

    @Test
    void theFingerprintFollowsTheFactsNotTheDay() {
        Facts facts = new Facts();
        facts.recertificationDue = TODAY.plusDays(5);
        String before = find(facts.evaluate(), SignalKind.RECERTIFICATION_DUE).orElseThrow().fingerprint();
        facts.today = TODAY.plusDays(1);
        RaisedSignal tomorrow = find(facts.evaluate(), SignalKind.RECERTIFICATION_DUE).orElseThrow();
        assertThat(tomorrow.fingerprint()).isEqualTo(before);
        assertThat(tomorrow.evidence().summary()).contains("in 4 days");
        facts.recertificationDue = TODAY.plusDays(6);
        assertThat(find(facts.evaluate(), SignalKind.RECERTIFICATION_DUE).orElseThrow().fingerprint())
                .isNotEqualTo(before);
    }

    @Test
    void aNewScoreChangesTheDeteriorationFingerprint() {
        Facts facts = new Facts().weekly("phq9", TODAY.minusWeeks(1), 8, 11, 15);
        String before = find(facts.evaluate(), SignalKind.RELIABLE_DETERIORATION).orElseThrow().fingerprint();
        assertThat(find(facts.evaluate(), SignalKind.RELIABLE_DETERIORATION).orElseThrow().fingerprint())
                .isEqualTo(before);
        facts.score("phq9", TODAY, 17, null);
        assertThat(find(facts.evaluate(), SignalKind.RELIABLE_DETERIORATION).orElseThrow().fingerprint())
                .isNotEqualTo(before);
    }

    @Test
    void quietFactsRaiseNothing() {
        Facts facts = new Facts();
        facts.today = Facts.ADMITTED.plusDays(10);
        assertThat(facts.evaluate()).isEmpty();
    }
}
