package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.measures.internal.DefinitionFiles;
import org.stepwise.measures.scoring.InstrumentDefinition;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** A client's scores over time and their change, from the shipped definitions' change criteria. */
class MeasureTrendTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void threeWeeklyPhq9ScoresOf8And12And15AreAReliableDeteriorationOf7() {
        MeasureTrend trend = MeasureTrend.of(definition("phq9"), scores("phq9", 8, 12, 15));

        assertThat(trend.points()).extracting(MeasureTrend.Point::score).containsExactly(8, 12, 15);
        assertThat(trend.firstToLatest().points()).isEqualTo(7);
        assertThat(trend.firstToLatest().judged().reliability())
                .isEqualTo(ScoreChange.Reliability.RELIABLE_DETERIORATION);
        assertThat(trend.previousToLatest().points()).isEqualTo(3);
        assertThat(trend.previousToLatest().judged().reliability()).isEqualTo(ScoreChange.Reliability.NO_RELIABLE_CHANGE);
        assertThat(trend.bands()).extracting(MeasureTrend.Band::name)
                .containsExactly("minimal", "mild", "moderate", "moderately-severe", "severe");
    }

    @ParameterizedTest(name = "{0}: the file's criteria are ChangeCriteria.{0}")
    @CsvSource({"phq9", "gad7"})
    void phq9AndGad7FilesCarryTheFixedThresholds(String code) {
        ChangeCriteria expected = code.equals("phq9") ? ChangeCriteria.PHQ9 : ChangeCriteria.GAD7;

        assertThat(MeasureTrend.criteria(definition(code).change())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"pcl5", "audit", "auditc", "dast10", "who5"})
    void instrumentsWithoutAPublishedFigureShowTheChangeWithoutAJudgement(String code) {
        MeasureTrend trend = MeasureTrend.of(definition(code), scores(code, 3, 9));

        assertThat(trend.criteria()).isNull();
        assertThat(trend.firstToLatest().points()).isEqualTo(6);
        assertThat(trend.firstToLatest().judged()).isNull();
    }

    @Test
    void responseAndRemissionFromAPhq9Of20To4() {
        MeasureTrend trend = MeasureTrend.of(definition("phq9"), scores("phq9", 20, 12, 4));

        ScoreChange judged = trend.firstToLatest().judged();
        assertThat(judged.reliability()).isEqualTo(ScoreChange.Reliability.RELIABLE_IMPROVEMENT);
        assertThat(judged.response()).isTrue();
        assertThat(judged.remission()).isTrue();
        assertThat(trend.firstToLatest().signedPoints()).isEqualTo("-16");
    }

    @Test
    void oneScoreHasNoChangeAndTwoHaveNoPreviousToLatest() {
        assertThat(MeasureTrend.of(definition("gad7"), scores("gad7", 9)).firstToLatest()).isNull();
        MeasureTrend two = MeasureTrend.of(definition("gad7"), scores("gad7", 9, 13));
        assertThat(two.firstToLatest().judged().reliability()).isEqualTo(ScoreChange.Reliability.RELIABLE_DETERIORATION);
        assertThat(two.previousToLatest()).isNull();
    }

    @Test
    void otherInstrumentsAreLeftOut() {
        List<MeasureAdministration> mixed = new ArrayList<>(scores("phq9", 8, 15));
        mixed.addAll(scores("gad7", 3));

        assertThat(MeasureTrend.of(definition("phq9"), mixed).points()).hasSize(2);
    }

    static InstrumentDefinition definition(String code) {
        InputStream in = MeasureTrendTests.class.getResourceAsStream("/instruments/" + code + ".json");
        return DefinitionFiles.read(in, code).definition();
    }

    /** Weekly administrations with these totals, newest first as the store returns them. */
    static List<MeasureAdministration> scores(String instrument, int... totals) {
        ClientId client = ClientId.random();
        List<MeasureAdministration> list = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            list.addFirst(new MeasureAdministration(MeasureAdministrationId.random(), client, instrument, "1",
                    MONDAY.plusWeeks(i), StaffId.random(), List.of(0), null, null, totals[i], null, null, List.of(),
                    Map.of(), Instant.parse("2026-03-02T10:00:00Z")));
        }
        return list;
    }
}
