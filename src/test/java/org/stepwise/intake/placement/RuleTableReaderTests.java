package org.stepwise.intake.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.PlacementFramework;

/** A rule table is checked when it is read; an invalid one is refused with a message naming the file and each problem. */
class RuleTableReaderTests {

    private static final String SOURCE = "file [/etc/stepwise/su.json]";

    @ParameterizedTest
    @EnumSource(PlacementFramework.class)
    void theShippedTablesAreValidAndCoverEveryDimensionInOrder(PlacementFramework framework) {
        RuleTable table = DefaultTables.of(framework);
        assertThat(table.framework()).isEqualTo(framework);
        assertThat(table.dimensions()).extracting(DimensionRule::key).isEqualTo(framework.dimensionKeys());
        assertThat(table.name()).startsWith("Stepwise default");
        table.dimensions().forEach(dimension -> {
            assertThat(dimension.levelsByRating()).hasSize(5);
            assertThat(dimension.levelFor(0)).isEqualTo(LevelOfCare.L1);
            assertThat(dimension.levelFor(2)).isEqualTo(LevelOfCare.L2_1);
        });
    }

    @Test
    void readsAValidCustomTableWhateverTheOrderOfItsDimensions() {
        RuleTable table = read(table("""
                {"key": "d6", "label": "Home", "levels": {"0": "1", "1": "2.1", "2": "2.1", "3": "3.1", "4": "3.5"}},
                """ + dims("d1", "d2", "d3", "d4", "d5")));
        assertThat(table.dimensions()).extracting(DimensionRule::key).containsExactly("d1", "d2", "d3", "d4", "d5", "d6");
        assertThat(table.dimensions().get(5).levelFor(1)).isEqualTo(LevelOfCare.L2_1);
        assertThat(table.name()).isEqualTo("Our clinic, 2026");
    }

    @Test
    void acceptsLevelsWrittenAsNumbers() {
        RuleTable table = read(table("""
                {"key": "d1", "label": "Withdrawal", "levels": {"0": 1, "1": 1, "2": 2.1, "3": 3.7, "4": 4}},
                """ + dims("d2", "d3", "d4", "d5", "d6")));
        assertThat(table.dimensions().getFirst().levelFor(3)).isEqualTo(LevelOfCare.L3_7);
    }

    @Test
    void refusesADimensionWithoutALevelForEveryRating() {
        assertRefused(table("""
                {"key": "d1", "label": "Withdrawal", "levels": {"0": "1", "1": "1", "2": "2.1", "4": "4"}},
                """ + dims("d2", "d3", "d4", "d5", "d6")), "dimension d1 has no level for rating 3");
    }

    @Test
    void refusesLevelsThatGoDownAsTheRatingRises() {
        assertRefused(table("""
                {"key": "d3", "label": "Mood", "levels": {"0": "1", "1": "1", "2": "2.5", "3": "2.1", "4": "3.7"}},
                """ + dims("d1", "d2", "d4", "d5", "d6")),
                "dimension d3: rating 3 calls for level 2.1, lower than level 2.5 for rating 2; a higher rating must "
                        + "never call for a lower level");
    }

    @Test
    void refusesALevelThatDoesNotExist() {
        assertRefused(table("""
                {"key": "d2", "label": "Body", "levels": {"0": "1", "1": "1", "2": "2.2", "3": "3.7", "4": "4"}},
                """ + dims("d1", "d3", "d4", "d5", "d6")),
                "dimension d2, rating 2: \"2.2\" is not a level; use one of 1, 2.1, 2.5, 3.1, 3.5, 3.7, 4");
    }

    @Test
    void refusesARatingOutsideZeroToFour() {
        assertRefused(table("""
                {"key": "d2", "label": "Body", "levels": {"0": "1", "1": "1", "2": "2.1", "3": "3.7", "4": "4", "5": "4"}},
                """ + dims("d1", "d3", "d4", "d5", "d6")),
                "dimension d2: \"5\" is not a rating; ratings are \"0\" to \"4\"");
    }

    @Test
    void refusesAMissingUnknownOrRepeatedDimension() {
        assertRefused(table(dims("d1", "d2", "d3", "d4", "d5", "d5", "d7")), "dimension d5 appears more than once",
                "\"d7\" is not a dimension of substance-use; its dimensions are d1, d2, d3, d4, d5, d6",
                "dimension d6 is missing");
    }

    @Test
    void refusesATableWrittenForTheOtherFramework() {
        assertRefused(table(dims("d1", "d2", "d3", "d4", "d5", "d6")).replace("substance-use", "mental-health"),
                "\"framework\" is \"mental-health\" but this file is configured for \"substance-use\"");
    }

    @Test
    void refusesUnknownFieldsSoThatATypoIsNotSilentlyIgnored() {
        assertRefused(table(dims("d1", "d2", "d3", "d4", "d5", "d6")).replace("\"name\"", "\"title\""),
                "the table has an unknown field \"title\"; the fields are description, dimensions, framework, name",
                "\"name\" (the table's name and edition) is missing");
    }

    @Test
    void refusesAFileThatIsNotJsonOrHasARepeatedRating() {
        assertThatThrownBy(() -> read("{\"framework\": "))
                .isInstanceOf(InvalidRuleTableException.class)
                .hasMessageStartingWith("The level-of-care rule table " + SOURCE + " cannot be used:")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read(table("""
                {"key": "d1", "label": "W", "levels": {"0": "1", "0": "4", "1": "1", "2": "2.1", "3": "3.7", "4": "4"}},
                """ + dims("d2", "d3", "d4", "d5", "d6"))))
                .isInstanceOf(InvalidRuleTableException.class)
                .hasMessageContaining("Duplicate");
    }

    private static void assertRefused(String json, String... problems) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(InvalidRuleTableException.class)
                .hasMessageStartingWith("The level-of-care rule table " + SOURCE + " cannot be used:")
                .satisfies(e -> assertThat(((InvalidRuleTableException) e).problems()).containsExactlyInAnyOrder(problems));
    }

    private static RuleTable read(String json) {
        return RuleTableReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), SOURCE,
                PlacementFramework.SUBSTANCE_USE);
    }

    private static String table(String dimensions) {
        String list = dimensions.strip();
        if (list.endsWith(",")) {
            list = list.substring(0, list.length() - 1);
        }
        return "{\"framework\": \"substance-use\", \"name\": \"Our clinic, 2026\", \"dimensions\": [" + list + "]}";
    }

    /** Valid dimensions that call for 1, 1, 2.1, 2.5, 3.1. */
    private static String dims(String... keys) {
        StringBuilder json = new StringBuilder();
        for (String key : keys) {
            json.append(json.isEmpty() ? "" : ",\n").append("{\"key\": \"").append(key).append("\", \"label\": \"")
                    .append(key.toUpperCase()).append("\", \"levels\": {\"0\": \"1\", \"1\": \"1\", \"2\": \"2.1\", "
                            + "\"3\": \"2.5\", \"4\": \"3.1\"}}");
        }
        return json.toString();
    }
}
