package org.stepwise.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.placement.InvalidRuleTableException;
import org.stepwise.intake.placement.LevelOfCareRule;
import org.stepwise.intake.placement.Ratings;

/** A clinic replaces a rule table by pointing a property at a file; an invalid table stops the start. */
class LevelOfCareTablesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Tables.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LevelOfCareProperties.class)
    @Import(LevelOfCareTables.class)
    static class Tables {}

    @Test
    void usesTheShippedTablesUnlessConfiguredOtherwise() {
        runner.run(context -> {
            LevelOfCareTables tables = context.getBean(LevelOfCareTables.class);
            assertThat(tables.rule(PlacementFramework.SUBSTANCE_USE).table().name())
                    .isEqualTo("Stepwise default substance-use table, edition 1");
            assertThat(tables.rule(PlacementFramework.MENTAL_HEALTH).table().name())
                    .isEqualTo("Stepwise default mental-health table, edition 1");
            assertThat(levelFor(tables.rule(PlacementFramework.SUBSTANCE_USE), 2)).isEqualTo(LevelOfCare.L2_1);
        });
    }

    @Test
    void aClinicsOwnTableFromAFileChangesTheAnswer(@TempDir Path dir) throws IOException {
        // This clinic sends anyone whose readiness to change is rated 2 or more to the day program (2.5).
        Path file = dir.resolve("su.json");
        Files.writeString(file, """
                {"framework": "substance-use", "name": "Riverside clinic table, 2026",
                 "dimensions": [
                   {"key": "d1", "label": "Withdrawal", "levels": {"0": "1", "1": "1", "2": "2.1", "3": "3.7", "4": "4"}},
                   {"key": "d2", "label": "Body", "levels": {"0": "1", "1": "1", "2": "2.1", "3": "3.7", "4": "4"}},
                   {"key": "d3", "label": "Mind", "levels": {"0": "1", "1": "1", "2": "2.1", "3": "2.5", "4": "3.7"}},
                   {"key": "d4", "label": "Readiness", "levels": {"0": "1", "1": "1", "2": "2.5", "3": "2.5", "4": "3.1"}},
                   {"key": "d5", "label": "Relapse", "levels": {"0": "1", "1": "1", "2": "2.1", "3": "2.5", "4": "3.5"}},
                   {"key": "d6", "label": "Home", "levels": {"0": "1", "1": "1", "2": "2.1", "3": "3.1", "4": "3.5"}}]}
                """);
        runner.withPropertyValues("stepwise.level-of-care.substance-use=file:" + file).run(context -> {
            LevelOfCareRule rule = context.getBean(LevelOfCareTables.class).rule(PlacementFramework.SUBSTANCE_USE);
            assertThat(rule.table().name()).isEqualTo("Riverside clinic table, 2026");
            assertThat(levelFor(rule, 2)).isEqualTo(LevelOfCare.L2_5);
            assertThat(rule.recommend(ratings(rule, 2), Candidacy.iopCandidate()).reasons())
                    .contains("Readiness rated 2 calls for level 2.5.");
        });
    }

    @Test
    void anInvalidTableStopsTheStartNamingTheFileAndTheProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mh.json");
        Files.writeString(file, """
                {"framework": "mental-health", "name": "Broken",
                 "dimensions": [{"key": "riskOfHarm", "label": "Risk", "levels": {"0": "1", "1": "2.1", "2": "1", "3": "3.7", "4": "4"}}]}
                """);
        runner.withPropertyValues("stepwise.level-of-care.mental-health=file:" + file).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(InvalidRuleTableException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("dimension riskOfHarm: rating 2 calls for level 1, lower than level 2.1 for "
                            + "rating 1")
                    .hasMessageContaining("dimension engagement is missing");
        });
    }

    @Test
    void aMissingFileStopsTheStartNamingTheProperty(@TempDir Path dir) {
        runner.withPropertyValues("stepwise.level-of-care.substance-use=file:" + dir.resolve("nowhere.json"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .isInstanceOf(InvalidRuleTableException.class)
                            .hasMessageContaining("nowhere.json")
                            .hasMessageContaining("check stepwise.level-of-care.substance-use");
                });
    }

    private static LevelOfCare levelFor(LevelOfCareRule rule, int readiness) {
        return rule.recommend(ratings(rule, readiness), Candidacy.iopCandidate()).level();
    }

    /** Readiness to change (d4) at the given rating, everything else at 1. */
    private static Ratings ratings(LevelOfCareRule rule, int readiness) {
        return Ratings.of(rule.table(), Map.of("d1", 1, "d2", 1, "d3", 1, "d4", readiness, "d5", 1, "d6", 1));
    }
}
