package org.stepwise.careplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.careplan.Modality;
import org.stepwise.careplan.ObjectiveProgress;
import org.stepwise.careplan.PlanContent;

/** The first draft from the admission's diagnoses, placement and screening scores. */
class PlanDrafterTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final LocalDate ADMITTED = LocalDate.parse("2026-03-01");
    private static final LocalDate PLANNED_END = LocalDate.parse("2026-05-30");
    private static final UUID CLINICIAN = UUID.randomUUID();

    private static PlanContent draft(List<String> diagnoses, PlanDrafter.@Nullable Placement placement,
            PlanDrafter.Score... scores) {
        return PlanDrafter.draft(new PlanDrafter.Input(diagnoses, placement, List.of(scores), TODAY, PLANNED_END,
                new BigDecimal("9"), ADMITTED, CLINICIAN, "Casey Clinician"));
    }

    private static PlanDrafter.Score score(String instrument, @Nullable Integer total, @Nullable Boolean positive) {
        return new PlanDrafter.Score(instrument, total, positive, Map.of(), LocalDate.parse("2026-02-20"));
    }

    private static List<String> problems(PlanContent content) {
        return content.problems().stream().map(PlanContent.Problem::text).toList();
    }

    @Test
    void aPhq9OfTenOrMoreGivesTheDepressionProblemAScoreObjective() {
        PlanContent content = draft(List.of("F33.1"), null, score("phq9", 16, true));

        assertThat(content.problems()).hasSize(1);
        PlanContent.Problem depression = content.problems().getFirst();
        assertThat(depression.code()).isEqualTo("F33.1");
        assertThat(depression.text()).isEqualTo("Depressed mood");
        assertThat(depression.objectives()).singleElement().satisfies(o -> {
            assertThat(o.text()).startsWith("PHQ-9 below 10 by 2026-05-01").contains("16 at screening on 2026-02-20");
            assertThat(o.targetDate()).isEqualTo(LocalDate.parse("2026-05-01"));
            assertThat(o.progress()).isEqualTo(ObjectiveProgress.NOT_STARTED);
            assertThat(o.id()).isNull();
        });
        assertThat(depression.interventions()).extracting(PlanContent.Intervention::modality)
                .containsExactly(Modality.CBT, Modality.PSYCHOEDUCATION);
        assertThat(depression.interventions()).allSatisfy(i -> assertThat(i.responsibleId()).isEqualTo(CLINICIAN));
    }

    @Test
    void aPhq9WithoutADepressionDiagnosisAddsAProblemWithoutCode() {
        PlanContent content = draft(List.of("F41.1"), null, score("phq9", 12, true), score("gad7", 4, false));

        assertThat(problems(content)).containsExactly("Anxiety that limits daily activities",
                "Depressive symptoms (12 at screening on 2026-02-20)");
        assertThat(content.problems().get(1).code()).isNull();
        assertThat(content.problems().get(0).objectives()).singleElement()
                .satisfies(o -> assertThat(o.text()).doesNotContain("GAD-7"));
    }

    @ParameterizedTest(name = "{0} {1}: problem suggested = {2}")
    @CsvSource({
            "phq9, 9, false", "phq9, 10, true", "phq9, 27, true",
            "gad7, 9, false", "gad7, 10, true",
            "pcl5, 32, false", "pcl5, 33, true",
            "audit, 7, false", "audit, 8, true",
            "dast10, 2, false", "dast10, 3, true",
            "who5, 8, false", "cssrs, 3, false",
    })
    void screeningScoresAtTheirCutOffsSuggestAProblem(String instrument, int total, boolean suggested) {
        PlanContent content = draft(List.of("Z63.0"), null, score(instrument, total, null));

        assertThat(content.problems()).hasSize(suggested ? 2 : 1);
    }

    @Test
    void substanceScreeningJoinsTheSubstanceDiagnosisInsteadOfAddingAProblem() {
        PlanContent content = draft(List.of("F10.20", "F32.1"), null, score("audit", 18, true),
                score("dast10", 4, true), new PlanDrafter.Score("bam", null, null, Map.of("use", 3, "risk", 9),
                        LocalDate.parse("2026-02-21")));

        assertThat(problems(content)).containsExactly("Alcohol use", "Depressed mood");
        assertThat(content.problems().getFirst().objectives()).singleElement()
                .satisfies(o -> assertThat(o.text()).startsWith("No alcohol or drug use reported on the BAM"));
        assertThat(content.problems().getFirst().interventions()).extracting(PlanContent.Intervention::modality)
                .contains(Modality.RELAPSE_PREVENTION, Modality.MOTIVATIONAL_INTERVIEWING);
    }

    @Test
    void aBamUseScoreWithoutDiagnosisSuggestsSubstanceUse() {
        PlanContent content = draft(List.of("F43.10"), null, new PlanDrafter.Score("bam", null, null,
                Map.of("use", 2), LocalDate.parse("2026-02-21")));

        assertThat(problems(content)).containsExactly("Trauma-related symptoms",
                "Substance use (BAM use score 2 on 2026-02-21)");
    }

    @Test
    void placementDriversAndHighRatingsSuggestTheirProblemsOnce() {
        PlanDrafter.Placement placement = new PlanDrafter.Placement(List.of("riskOfHarm", "engagement", "comorbidity"),
                Map.of("riskOfHarm", 3, "environmentSupport", 4, "functionalStatus", 1, "treatmentHistory", 3));

        PlanContent content = draft(List.of("F32.2"), placement);

        assertThat(problems(content)).containsExactly("Depressed mood", "Risk of harm to self or others",
                "Engagement in treatment", "Limited support around the client");
        PlanContent.Problem safety = content.problems().get(1);
        assertThat(safety.objectives()).singleElement().satisfies(o -> {
            assertThat(o.text()).contains("safety plan");
            assertThat(o.targetDate()).isEqualTo(TODAY.plusDays(7));
        });
    }

    @Test
    void substanceUseDimensionsSuggestTheirProblemsAndAMentalHealthDiagnosisCoversD3() {
        PlanDrafter.Placement placement = new PlanDrafter.Placement(List.of("d1", "d3", "d4", "d5", "d6"),
                Map.of("d2", 3));

        PlanContent content = draft(List.of("F11.20", "F33.1"), placement);

        assertThat(problems(content)).containsExactly("Opioid use", "Depressed mood", "Withdrawal risk",
                "Readiness to change", "Relapse potential", "Recovery environment", "Physical health needs");
        assertThat(content.problems().getFirst().interventions()).filteredOn(
                i -> i.modality() == Modality.MEDICATION_MANAGEMENT).singleElement()
                .satisfies(i -> assertThat(i.responsibleId()).as("a prescriber is assigned later").isNull());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "F32.1, DEPRESSION", "F33.9, DEPRESSION", "F34.1, DEPRESSION", "F41.1, ANXIETY", "F40.10, ANXIETY",
            "F43.10, TRAUMA", "F43.21, OTHER", "F31.81, MOOD_INSTABILITY", "F20.9, PSYCHOSIS", "F25.0, PSYCHOSIS",
            "F10.20, SUBSTANCE_USE", "F11.20, OPIOID_USE", "F12.20, SUBSTANCE_USE", "F19.20, SUBSTANCE_USE",
            "F60.3, OTHER", "Z63.0, OTHER",
    })
    void diagnosisCodesMapToKindsOfProblem(String code, ProblemKind kind) {
        assertThat(PlanDrafter.kindOf(code)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}: substance use = {1}")
    @CsvSource({"F10.20, true", "F19, true", "F11.20, true", "F1, false", "F20.9, false", "F33.1, false",
            "Z63.0, false"})
    void f10ToF19AreSubstanceUseCodes(String code, boolean substance) {
        assertThat(PlanDrafter.isSubstanceCode(code)).isEqualTo(substance);
    }

    @Test
    void everyDraftKeepsThePlansRulesAndTargetsNoLaterThanThePlannedEnd() {
        PlanContent content = draft(List.of("F33.1", "F10.20", "F43.10", "F31.0", "F60.3"),
                new PlanDrafter.Placement(List.of("riskOfHarm", "d5"), Map.of()), score("phq9", 22, true),
                score("pcl5", 50, true), score("gad7", 15, true));

        assertThat(PlanRules.check(content, ADMITTED)).isEmpty();
        assertThat(content.objectives()).allSatisfy(o -> assertThat(o.targetDate()).isBetween(TODAY, PLANNED_END));
    }

    @Test
    void servicesStateTypeAmountFrequencyAndDurationFromTheEpisode() {
        PlanContent.Services nine = draft(List.of("F33.1"), null).services();
        assertThat(nine).extracting(PlanContent.Services::amount, PlanContent.Services::frequency,
                PlanContent.Services::startsOn, PlanContent.Services::endsOn)
                .containsExactly("3 hours a day", "3 days a week", ADMITTED, PLANNED_END);
        assertThat(nine.types()).startsWith("Group psychotherapy, individual therapy, psychoeducation");

        PlanContent.Services fifteen = PlanDrafter.draft(new PlanDrafter.Input(List.of("F11.20"), null, List.of(),
                TODAY, PLANNED_END, new BigDecimal("15"), ADMITTED, null, null)).services();
        assertThat(fifteen).extracting(PlanContent.Services::amount, PlanContent.Services::frequency)
                .containsExactly("3.8 hours a day", "4 days a week");
        assertThat(fifteen.types()).contains("medication management");
    }
}
