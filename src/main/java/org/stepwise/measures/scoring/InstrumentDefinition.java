package org.stepwise.measures.scoring;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An instrument as data, read from one versioned file under {@code instruments/}. A clinic adds an instrument by adding
 * a file; {@link Instrument#of} checks it before it is used. Item text is present only where we may ship it
 * ({@code textShipped}); otherwise every item's text is null and a licensed clinic completes it.
 *
 * @param code short lower-case code used in the API ({@code phq9})
 * @param name short display name ({@code PHQ-9}), used in messages
 * @param title full name
 * @param version version of this definition; stored with every administration
 * @param licence who holds the rights and what that means for shipping the text
 * @param textShipped true only when the item wording may be shipped (then every item has text)
 * @param instructions the stem shown above the items, or null where the text is not shipped
 * @param loinc LOINC codes where confirmed
 * @param answerSets named lists of answer options, referred to by items
 * @param items the items in order, numbered from 1
 * @param scoring how the total and other scores are made
 * @param bands named ranges of the total (or conditions, or names a special rule sets)
 * @param flags named conditions raised whatever the band (e.g. {@code item 9 > 0})
 * @param positive when the screen counts as positive; null when the instrument has no cut-off
 * @param rule the name of a special rule ({@link SpecialRules}), or null
 * @param change how change between two totals is judged (reliable change, response, remission), or null when the
 *     instrument has no total to follow over time
 */
public record InstrumentDefinition(
        String code,
        String name,
        @Nullable String title,
        String version,
        String licence,
        boolean textShipped,
        @Nullable String instructions,
        Loinc loinc,
        Map<String, List<AnswerOption>> answerSets,
        List<Item> items,
        Scoring scoring,
        List<Band> bands,
        List<Flag> flags,
        @Nullable Positive positive,
        @Nullable String rule,
        @Nullable Change change) {

    public InstrumentDefinition {
        loinc = loinc == null ? new Loinc(null, null, null, null) : loinc;
        answerSets = answerSets == null ? Map.of() : Map.copyOf(answerSets);
        items = items == null ? List.of() : List.copyOf(items);
        bands = bands == null ? List.of() : List.copyOf(bands);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /**
     * LOINC codes. Left null where they could not be confirmed from a reliable source; {@code note} says so.
     *
     * @param riskLevel the code for a risk level that stands in for a total (C-SSRS screener)
     */
    public record Loinc(@Nullable String panel, @Nullable String total, @Nullable String riskLevel,
            @Nullable String note) {}

    /** An answer as the published form prints it: the value beside the option, and its label where shipped. */
    public record AnswerOption(int value, @Nullable String label) {}

    /**
     * One item.
     *
     * @param answers the name of an entry of {@code answerSets}
     * @param scored false for an item that is asked but counts toward nothing (BAM items 7 and 17)
     */
    public record Item(int number, @Nullable String text, String answers, boolean scored) {}

    /**
     * How scores are made.
     *
     * @param total {@code "sum"} (of the scored items, reversed where listed) or {@code "none"}
     * @param min the lowest possible total (checked against the items)
     * @param max the highest possible total (checked against the items)
     * @param reversed items whose value is turned around before it counts: lowest option scores as the highest
     * @param subscales named sums over item lists, returned as their own fields
     * @param derived named multiples of the total, returned as their own fields (WHO-5 percent = raw × 4)
     */
    public record Scoring(String total, @Nullable Integer min, @Nullable Integer max, List<Integer> reversed,
            List<Subscale> subscales, List<Derived> derived) {

        public Scoring {
            reversed = reversed == null ? List.of() : List.copyOf(reversed);
            subscales = subscales == null ? List.of() : List.copyOf(subscales);
            derived = derived == null ? List.of() : List.copyOf(derived);
        }

        public boolean hasTotal() {
            return "sum".equals(total);
        }
    }

    public record Subscale(String name, List<Integer> items) {

        public Subscale {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public record Derived(String name, int multiplier) {}

    /**
     * A band: either a range of the total ({@code min}..{@code max}, both inclusive), or a condition ({@code when},
     * first match wins, {@code "otherwise"} last), or only a name that the definition's special rule sets.
     */
    public record Band(String name, @Nullable Integer min, @Nullable Integer max, @Nullable String when) {

        boolean isRange() {
            return min != null || max != null;
        }
    }

    /** A flag raised when its condition holds, e.g. {@code item 9 > 0} or {@code total < 13 or any item <= 1}. */
    public record Flag(String name, String when) {}

    /**
     * When the screen is positive: one condition, or one per sex ({@code {"female": "total >= 3", "male": "total >= 4"}});
     * with {@code bySex} the caller must say the client's sex.
     */
    public record Positive(@Nullable String when, @Nullable Map<String, String> bySex) {}

    public int itemCount() {
        return items.size();
    }

    /**
     * How a change in the total between two administrations is judged. Either a fixed number of points is reliable
     * ({@code fixedThreshold}: PHQ-9 6, GAD-7 4), or the Jacobson-Truax index from a published standard deviation and
     * reliability ({@code baselineSd}, {@code reliability}), or neither: the change is shown in points without a
     * reliability judgement.
     *
     * @param higherIsWorse true for symptom scales, false for wellbeing scales (WHO-5)
     * @param remissionBelow a latest total below this is remission, for clients who started above
     *     {@code remissionEligibleAbove}
     * @param source where the figures come from (a citation), required with a standard deviation or reliability
     */
    public record Change(@Nullable Integer fixedThreshold, @Nullable Double baselineSd, @Nullable Double reliability,
            boolean higherIsWorse, @Nullable Integer remissionBelow, @Nullable Integer remissionEligibleAbove,
            @Nullable String source) {

        /** Whether a change can be called reliable (a threshold, or both figures of the Jacobson-Truax index). */
        public boolean judgesReliability() {
            return fixedThreshold != null || (baselineSd != null && reliability != null);
        }
    }
}
