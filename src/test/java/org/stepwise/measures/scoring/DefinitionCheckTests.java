package org.stepwise.measures.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.stepwise.measures.scoring.InstrumentDefinition.AnswerOption;
import org.stepwise.measures.scoring.InstrumentDefinition.Band;
import org.stepwise.measures.scoring.InstrumentDefinition.Flag;
import org.stepwise.measures.scoring.InstrumentDefinition.Item;
import org.stepwise.measures.scoring.InstrumentDefinition.Positive;
import org.stepwise.measures.scoring.InstrumentDefinition.Scoring;

/** A definition a clinic writes is refused, with every problem named, when it could score wrongly. */
class DefinitionCheckTests {

    /** Three items 0..2, total 0..6, two bands. */
    private static InstrumentDefinition sound() {
        return new InstrumentDefinition("demo", "Demo", null, "1", "Our own.", true, "How often?",
                null, Map.of("f", List.of(new AnswerOption(0, "Never"), new AnswerOption(1, "Sometimes"),
                        new AnswerOption(2, "Often"))),
                List.of(new Item(1, "One", "f", true), new Item(2, "Two", "f", true), new Item(3, "Three", "f", true)),
                new Scoring("sum", 0, 6, List.of(), List.of(), List.of()),
                List.of(new Band("low", 0, 2, null), new Band("high", 3, 6, null)),
                List.of(new Flag("three-high", "item 3 >= 2")), new Positive("total >= 3", null), null, null);
    }

    private static InstrumentDefinition with(UnaryOperator<Object[]> change) {
        InstrumentDefinition d = sound();
        Object[] parts = {d.code(), d.name(), d.title(), d.version(), d.licence(), d.textShipped(), d.instructions(),
            d.loinc(), d.answerSets(), d.items(), d.scoring(), d.bands(), d.flags(), d.positive(), d.rule(), d.change()};
        Object[] p = change.apply(parts);
        @SuppressWarnings("unchecked")
        InstrumentDefinition changed = new InstrumentDefinition((String) p[0], (String) p[1], (String) p[2],
                (String) p[3], (String) p[4], (Boolean) p[5], (String) p[6], (InstrumentDefinition.Loinc) p[7],
                (Map<String, List<AnswerOption>>) p[8], (List<Item>) p[9], (Scoring) p[10], (List<Band>) p[11],
                (List<Flag>) p[12], (Positive) p[13], (String) p[14],
                (InstrumentDefinition.Change) p[15]);
        return changed;
    }

    private static void refused(InstrumentDefinition d, String problem) {
        assertThatThrownBy(() -> Instrument.of(d))
                .isInstanceOfSatisfying(InvalidDefinition.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains(problem)));
    }

    @Test
    void aSoundDefinitionScores() {
        Score s = Instrument.of(sound()).score(ScoreRequest.of(1, 1, 2));

        assertThat(s.total()).isEqualTo(4);
        assertThat(s.band()).isEqualTo("high");
        assertThat(s.flags()).containsExactly("three-high");
    }

    @Test
    void bandsWithAGapAreRefused() {
        refused(with(p -> { p[11] = List.of(new Band("low", 0, 2, null), new Band("high", 4, 6, null)); return p; }),
                "(a gap)");
    }

    @Test
    void overlappingBandsAreRefused() {
        refused(with(p -> { p[11] = List.of(new Band("low", 0, 3, null), new Band("high", 3, 6, null)); return p; }),
                "(an overlap)");
    }

    @Test
    void bandsThatStopShortOfTheMaximumAreRefused() {
        refused(with(p -> { p[11] = List.of(new Band("low", 0, 2, null), new Band("high", 3, 5, null)); return p; }),
                "the last band ends at 5 but the total reaches 6");
    }

    @Test
    void aDeclaredRangeTheItemsCannotMakeIsRefused() {
        refused(with(p -> { p[10] = new Scoring("sum", 0, 9, List.of(), List.of(), List.of()); return p; }),
                "the scored items make 0 to 6");
    }

    @Test
    void itemTextIsRefusedWhenTheTextMayNotBeShipped() {
        refused(with(p -> { p[5] = false; p[6] = null; return p; }), "item 1 has text, but textShipped is false");
    }

    @Test
    void optionLabelsOtherThanYesNoAreRefusedWhenTheTextMayNotBeShipped() {
        refused(with(p -> {
            p[5] = false;
            p[6] = null;
            p[9] = List.of(new Item(1, null, "f", true), new Item(2, null, "f", true), new Item(3, null, "f", true));
            return p;
        }), "option labels must be null");
    }

    @Test
    void conditionsThatCannotBeReadOrNameMissingItemsAreRefused() {
        refused(with(p -> { p[12] = List.of(new Flag("odd", "item 3 is high")); return p; }), "cannot read the condition");
        refused(with(p -> { p[12] = List.of(new Flag("odd", "item 4 > 0")); return p; }), "names item 4");
    }

    @Test
    void anUnknownRuleIsRefused() {
        refused(with(p -> { p[14] = "magic"; return p; }), "rule magic is unknown");
    }

    @Test
    void itemsOutOfOrderAreRefused() {
        refused(with(p -> {
            p[9] = List.of(new Item(1, "One", "f", true), new Item(3, "Three", "f", true), new Item(2, "Two", "f", true));
            return p;
        }), "position 2 is numbered 3");
    }

    @Test
    void aCutOffBySexNeedsBothSexes() {
        refused(with(p -> { p[13] = new Positive(null, Map.of("female", "total >= 3")); return p; }),
                "exactly \"female\" and \"male\"");
    }

    private static InstrumentDefinition withChange(InstrumentDefinition.Change change) {
        InstrumentDefinition d = sound();
        return new InstrumentDefinition(d.code(), d.name(), d.title(), d.version(), d.licence(), d.textShipped(),
                d.instructions(), d.loinc(), d.answerSets(), d.items(), d.scoring(), d.bands(), d.flags(), d.positive(),
                d.rule(), change);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', nullValues = "-", value = {
        "0;  -;   -;    -; -; -;      fixedThreshold is at least 1",
        "-;  5.0; -;    -; -; -;      needs both baselineSd and reliability",
        "-;  5.0; 1.0;  -; -; a book; reliability lies strictly between 0 and 1",
        "-;  0.0; 0.8;  -; -; a book; baselineSd is above 0",
        "-;  5.0; 0.8;  -; -; -;      cite the source",
        "4;  5.0; 0.8;  -; -; a book; not both",
        "4;  -;   -;    5; -; -;      remission needs both",
    })
    void changeCriteriaThatCouldJudgeWronglyAreRefused(Integer threshold, Double sd, Double r, Integer below,
            Integer above, String source, String problem) {
        refused(withChange(new InstrumentDefinition.Change(threshold, sd, r, true, below, above, source)), problem);
    }

    @Test
    void soundChangeCriteriaAreKept() {
        var change = new InstrumentDefinition.Change(null, 5.0, 0.8, true, null, null, "a book");

        assertThat(Instrument.of(withChange(change)).definition().change()).isEqualTo(change);
    }
}
