package org.stepwise.careplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.careplan.Modality;
import org.stepwise.careplan.ObjectiveProgress;
import org.stepwise.careplan.PlanContent;

/** What a plan must hold, each problem reported against its field's path. */
class PlanRulesTests {

    static final LocalDate ADMITTED = LocalDate.parse("2026-03-01");

    static PlanContent.Objective objective(String text, LocalDate target) {
        return new PlanContent.Objective(UUID.randomUUID(), text, target, ObjectiveProgress.NOT_STARTED, null);
    }

    static PlanContent.Problem problem(String code, String text) {
        return new PlanContent.Problem(code, text, "I want to feel like myself again.",
                List.of(objective("PHQ-9 below 10 by 2026-05-01", LocalDate.parse("2026-05-01"))),
                List.of(new PlanContent.Intervention(Modality.CBT, "3×/week", null, null, null)));
    }

    static PlanContent plan(PlanContent.Problem... problems) {
        return new PlanContent(List.of(problems), new PlanContent.Services("Group psychotherapy", "3 hours a day",
                "3 days a week", new BigDecimal("9"), ADMITTED, ADMITTED.plusDays(90)));
    }

    @Test
    void aCompletePlanPasses() {
        assertThat(PlanRules.check(plan(problem("F33.1", "Depressed mood"), problem(null, "Limited support")),
                ADMITTED)).isEmpty();
    }

    @Test
    void aPlanNeedsAProblem() {
        assertThat(PlanRules.check(plan(), ADMITTED)).containsOnlyKeys("problems");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"F33.1, true", "F10.20, true", "Z63.0, true", "F43.10, true", "F3, false", "33.1, false",
            "f33.1, false", "F33.12345, false", "U07.1, false", "F33.1 ; DROP, false"})
    void codesMustBeIcd10Cm(String code, boolean valid) {
        assertThat(PlanRules.check(plan(problem(code, "Depressed mood")), ADMITTED).containsKey("problems[0].code"))
                .isEqualTo(!valid);
    }

    @Test
    void eachProblemNeedsTextGoalObjectiveAndIntervention() {
        PlanContent.Problem empty = new PlanContent.Problem(null, " ", "", List.of(), List.of());

        assertThat(PlanRules.check(plan(problem("F33.1", "Depressed mood"), empty), ADMITTED)).containsOnlyKeys(
                "problems[1].text", "problems[1].goal", "problems[1].objectives", "problems[1].interventions");
    }

    @ParameterizedTest(name = "target {0}: refused = {1}")
    @CsvSource({"2026-02-28, true", "2026-03-01, false", "2028-03-01, false", "2028-03-02, true"})
    void targetDatesLieBetweenAdmissionAndTwoYearsOn(LocalDate target, boolean refused) {
        PlanContent.Problem p = new PlanContent.Problem(null, "Depressed mood", "Feel better",
                List.of(objective("Sleep seven hours", target)), problem(null, "x").interventions());

        assertThat(PlanRules.check(plan(p), ADMITTED).containsKey("problems[0].objectives[0].targetDate"))
                .isEqualTo(refused);
    }

    @Test
    void textsKeepToTheirLengthsAndHoldNoControlCharacters() {
        UnaryOperator<String> longer = s -> "x".repeat(501);
        PlanContent.Problem p = new PlanContent.Problem(null, "x".repeat(301), longer.apply(""),
                List.of(objective("Bell\u0007", ADMITTED.plusDays(30))),
                List.of(new PlanContent.Intervention(Modality.DBT, "x".repeat(61), null, null, null)));

        assertThat(PlanRules.check(plan(p), ADMITTED)).containsOnlyKeys("problems[0].text", "problems[0].goal",
                "problems[0].objectives[0].text", "problems[0].interventions[0].frequency");
    }

    @Test
    void servicesAreStated() {
        PlanContent content = new PlanContent(List.of(problem("F33.1", "Depressed mood")),
                new PlanContent.Services("", " ", "x".repeat(121), BigDecimal.TEN, ADMITTED, ADMITTED));

        assertThat(PlanRules.check(content, ADMITTED)).containsOnlyKeys("services.types", "services.amount",
                "services.frequency");
    }

    @Test
    void aPlanHoldsAtMostTwelveProblems() {
        PlanContent.Problem[] many = new PlanContent.Problem[13];
        java.util.Arrays.fill(many, problem("F33.1", "Depressed mood"));

        assertThat(PlanRules.check(plan(many), ADMITTED)).containsKey("problems");
    }
}
