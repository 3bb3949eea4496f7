package org.stepwise.scheduling.optimizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The benchmark clinic is what issue 4 describes, and a schedule meeting every target exists for it. */
class SyntheticWeekTests {

    @ParameterizedTest(name = "{1} clients, seed {0}")
    @CsvSource({"1, 300", "2, 300", "3, 60", "4, 20"})
    void theWitnessBreaksNoHardRuleAndMeetsEveryTarget(long seed, int clients) {
        SyntheticWeek week = SyntheticWeek.generate(seed, clients);
        WeekProblem problem = week.problem();
        WeekPlan witness = week.witness();

        assertThat(new ScheduleRules().check(problem, witness)).isEmpty();
        assertThat(witness.clientsWithinTarget(problem)).isEqualTo(clients);
        assertThat(witness.shortfalls()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "7"})
    void theBenchmarkClinicHasTheIssuesShape(long seed) {
        WeekProblem problem = SyntheticWeek.benchmarkClinic(seed).problem();
        SyntheticWeek week = SyntheticWeek.benchmarkClinic(seed);

        assertThat(problem.clients()).hasSize(300);
        assertThat(problem.staff()).hasSize(25);
        assertThat(problem.sessions().stream().map(GroupSession::siteId).distinct()).hasSize(2);
        assertThat(problem.sessions().stream().map(GroupSession::trackId).distinct()).hasSize(4);
        assertThat(problem.sessions()).allSatisfy(s -> {
            assertThat(s.seats()).isEqualTo(12);
            assertThat(s.time().minutes()).isEqualTo(50);
        });
        assertThat(problem.clients()).allSatisfy(c -> {
            assertThat(c.minHours()).isBetween(new BigDecimal("9"), new BigDecimal("12"));
            assertThat(c.availability().days().size()).isBetween(3, 5);
        });
        double ratio = week.offeredGroupSeats() / week.totalTargetHours().doubleValue();
        assertThat(ratio).isBetween(1.2, 1.25);
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"5"})
    void theSameSeedGivesTheSameWeek(long seed) {
        WeekProblem first = SyntheticWeek.generate(seed, 60).problem();
        WeekProblem second = SyntheticWeek.generate(seed, 60).problem();

        assertThat(second).isEqualTo(first);
        assertThat(first.clients().stream().map(ClientWeek::clientId).map(UUID::toString))
                .doesNotHaveDuplicates();
    }
}
