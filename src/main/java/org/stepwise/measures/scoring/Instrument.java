package org.stepwise.measures.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.stepwise.measures.scoring.InstrumentDefinition.AnswerOption;
import org.stepwise.measures.scoring.InstrumentDefinition.Band;
import org.stepwise.measures.scoring.InstrumentDefinition.Derived;
import org.stepwise.measures.scoring.InstrumentDefinition.Flag;
import org.stepwise.measures.scoring.InstrumentDefinition.Item;
import org.stepwise.measures.scoring.InstrumentDefinition.Subscale;

/**
 * A checked instrument definition, ready to score. {@link #of} refuses a definition with any problem (bands with a gap
 * or overlap, a declared range the items cannot reach, item text where the text may not be shipped, an unknown rule),
 * listing every problem at once so that a clinic can fix its file in one go.
 */
public final class Instrument {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final InstrumentDefinition definition;
    /** Allowed values per item (index = item number - 1), ascending. */
    private final int[][] allowed;
    private final boolean[] scored;
    private final Set<Integer> reversed;
    private final List<CompiledFlag> flags;
    private final List<CompiledBand> conditionBands;
    private final @Nullable Condition positive;
    private final Map<Sex, Condition> positiveBySex;
    private final @Nullable SpecialRule rule;

    private Instrument(InstrumentDefinition definition, int[][] allowed, boolean[] scored, List<CompiledFlag> flags,
            List<CompiledBand> conditionBands, @Nullable Condition positive, Map<Sex, Condition> positiveBySex,
            @Nullable SpecialRule rule) {
        this.definition = definition;
        this.allowed = allowed;
        this.scored = scored;
        this.reversed = Set.copyOf(definition.scoring().reversed());
        this.flags = flags;
        this.conditionBands = conditionBands;
        this.positive = positive;
        this.positiveBySex = positiveBySex;
        this.rule = rule;
    }

    /** Checks a definition and prepares it for scoring; throws {@link InvalidDefinition} listing every problem. */
    public static Instrument of(InstrumentDefinition definition) {
        List<String> problems = new ArrayList<>();
        check(definition, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDefinition(definition.code(), problems);
        }
        int n = definition.itemCount();
        int[][] allowed = new int[n][];
        boolean[] scored = new boolean[n];
        for (int i = 0; i < n; i++) {
            Item item = definition.items().get(i);
            allowed[i] = definition.answerSets().get(item.answers()).stream().mapToInt(AnswerOption::value).sorted()
                    .toArray();
            scored[i] = item.scored();
        }
        List<CompiledFlag> flags = definition.flags().stream()
                .map(f -> new CompiledFlag(f.name(), Condition.parse(f.when()))).toList();
        List<CompiledBand> conditionBands = definition.bands().stream().filter(b -> b.when() != null)
                .map(b -> new CompiledBand(b.name(), Condition.parse(b.when()))).toList();
        Condition positive = null;
        Map<Sex, Condition> bySex = new LinkedHashMap<>();
        if (definition.positive() != null) {
            if (definition.positive().when() != null) {
                positive = Condition.parse(definition.positive().when());
            }
            if (definition.positive().bySex() != null) {
                definition.positive().bySex().forEach((sex, when) -> bySex.put(Sex.parse(sex).orElseThrow(),
                        Condition.parse(when)));
            }
        }
        SpecialRule rule = definition.rule() == null ? null : SpecialRules.named(definition.rule()).orElseThrow();
        return new Instrument(definition, allowed, scored, flags, conditionBands, positive, Map.copyOf(bySex), rule);
    }

    public InstrumentDefinition definition() {
        return definition;
    }

    public String code() {
        return definition.code();
    }

    /** Whether scoring needs the client's sex (a cut-off by sex). */
    public boolean needsSex() {
        return !positiveBySex.isEmpty();
    }

    /**
     * Scores answers. Throws {@link InvalidAnswers} naming each item that cannot be scored; never anything else for
     * any input.
     */
    public Score score(ScoreRequest request) {
        int[] answers = parse(request.answers());
        Sex sex = null;
        Map<String, String> problems = new LinkedHashMap<>();
        if (needsSex()) {
            sex = Sex.parse(request.sex()).orElse(null);
            if (sex == null) {
                problems.put("sex", definition.name() + " cut-offs differ by sex: send \"sex\" as \"female\" or "
                        + "\"male\"" + (request.sex() == null ? "." : " (\"" + clip(request.sex()) + "\" is neither)."));
            }
        }
        if (rule != null) {
            rule.check(answers, request, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }

        Integer total = definition.scoring().hasTotal() ? total(answers) : null;
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Subscale subscale : definition.scoring().subscales()) {
            extra.put(subscale.name(), subscale.items().stream().mapToInt(item -> counted(item, answers[item - 1])).sum());
        }
        if (total != null) {
            for (Derived derived : definition.scoring().derived()) {
                extra.put(derived.name(), total * derived.multiplier());
            }
        }
        Set<String> raised = new LinkedHashSet<>();
        for (CompiledFlag flag : flags) {
            if (flag.when().holds(new Condition.Facts(answers, scored, total, raised))) {
                raised.add(flag.name());
            }
        }
        Condition.Facts facts = new Condition.Facts(answers, scored, total, raised);
        Boolean isPositive = positive != null ? Boolean.valueOf(positive.holds(facts))
                : sex != null ? Boolean.valueOf(positiveBySex.get(sex).holds(facts)) : null;
        Score score = new Score(definition.code(), definition.version(), Arrays.stream(answers).boxed().toList(), sex,
                null, total, band(total, facts), isPositive, List.copyOf(raised), extra);
        return rule == null ? score : rule.apply(answers, request, score);
    }

    private int[] parse(@Nullable List<?> raw) {
        int n = definition.itemCount();
        if (raw == null) {
            throw InvalidAnswers.of("answers", definition.name() + " needs \"answers\": " + n
                    + " values, one per item in order.");
        }
        if (raw.size() != n) {
            throw InvalidAnswers.of("answers", definition.name() + " takes " + n + " answers, one per item in order; "
                    + raw.size() + (raw.size() == 1 ? " was" : " were") + " sent.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        int[] answers = new int[n];
        for (int i = 0; i < n; i++) {
            Object value = raw.get(i);
            Integer whole = wholeNumber(value);
            String field = "answers[" + i + "]";
            String allowedText = "allowed values are " + list(allowed[i]) + ".";
            if (value == null) {
                problems.put(field, "Item " + (i + 1) + " has no answer; " + allowedText);
            } else if (whole == null) {
                problems.put(field, "Item " + (i + 1) + ": \"" + clip(String.valueOf(value))
                        + "\" is not a whole number; " + allowedText);
            } else if (Arrays.binarySearch(allowed[i], whole) < 0) {
                problems.put(field, "Item " + (i + 1) + ": " + whole + " is not an answer this item takes; "
                        + allowedText);
            } else {
                answers[i] = whole;
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        return answers;
    }

    private static @Nullable Integer wholeNumber(@Nullable Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long l) {
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? Integer.valueOf(l.intValue()) : null;
        }
        if (value instanceof BigInteger b) {
            return b.bitLength() < 32 ? Integer.valueOf(b.intValue()) : null;
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal decimal;
            try {
                decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
            } catch (NumberFormatException notFinite) {
                return null;
            }
            try {
                return decimal.stripTrailingZeros().scale() <= 0 ? Integer.valueOf(decimal.intValueExact()) : null;
            } catch (ArithmeticException tooLarge) {
                return null;
            }
        }
        return null;
    }

    private int total(int[] answers) {
        int total = 0;
        for (int i = 0; i < answers.length; i++) {
            if (scored[i]) {
                total += counted(i + 1, answers[i]);
            }
        }
        return total;
    }

    /** The value an item adds to a sum: as printed, or turned around for a reversed item. */
    private int counted(int item, int value) {
        if (!reversed.contains(item)) {
            return value;
        }
        int[] values = allowed[item - 1];
        return values[0] + values[values.length - 1] - value;
    }

    private @Nullable String band(@Nullable Integer total, Condition.Facts facts) {
        for (CompiledBand band : conditionBands) {
            if (band.when().holds(facts)) {
                return band.name();
            }
        }
        if (total != null) {
            for (Band band : definition.bands()) {
                if (band.isRange() && total >= band.min() && total <= band.max()) {
                    return band.name();
                }
            }
        }
        return null;
    }

    // ---- checking a definition ----

    private static void check(InstrumentDefinition d, List<String> problems) {
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            problems.add("code must be 1 to 40 lower-case letters, digits or dashes");
        }
        if (blank(d.name()) || d.name().length() > 60) {
            problems.add("name is required (at most 60 characters)");
        }
        if (blank(d.version()) || d.version().length() > 20) {
            problems.add("version is required (at most 20 characters)");
        }
        if (blank(d.licence())) {
            problems.add("licence is required: say who holds the rights and whether the text may be shipped");
        }
        if (d.items().isEmpty()) {
            problems.add("items are required");
            return;
        }
        checkAnswerSets(d, problems);
        checkItems(d, problems);
        if (d.scoring() == null) {
            problems.add("scoring is required");
            return;
        }
        if (!problems.isEmpty()) {
            return; // the checks below need sound items
        }
        checkScoring(d, problems);
        Set<String> flagNames = new HashSet<>();
        for (Flag flag : d.flags()) {
            checkName("flag", flag.name(), problems);
            if (!flagNames.add(flag.name())) {
                problems.add("flag " + flag.name() + " is defined twice");
            }
            checkCondition("flag " + flag.name(), flag.when(), d, flagNames, problems);
        }
        SpecialRule rule = null;
        if (d.rule() != null) {
            rule = SpecialRules.named(d.rule()).orElse(null);
            if (rule == null) {
                problems.add("rule " + d.rule() + " is unknown; known rules: " + SpecialRules.known());
            } else {
                problems.addAll(rule.problemsWith(d));
            }
        }
        checkBands(d, rule, flagNames, problems);
        checkPositive(d, flagNames, problems);
        checkChange(d, problems);
    }

    private static void checkChange(InstrumentDefinition d, List<String> problems) {
        InstrumentDefinition.Change c = d.change();
        if (c == null) {
            return;
        }
        if (!d.scoring().hasTotal()) {
            problems.add("change: only an instrument with a total can be followed over time");
        }
        if (c.fixedThreshold() != null && c.fixedThreshold() < 1) {
            problems.add("change: fixedThreshold is at least 1 point");
        }
        if ((c.baselineSd() == null) != (c.reliability() == null)) {
            problems.add("change: the Jacobson-Truax index needs both baselineSd and reliability");
        }
        if (c.fixedThreshold() != null && c.baselineSd() != null) {
            problems.add("change: give a fixedThreshold or baselineSd and reliability, not both");
        }
        if (c.baselineSd() != null && !(c.baselineSd() > 0)) {
            problems.add("change: baselineSd is above 0");
        }
        if (c.reliability() != null && !(c.reliability() > 0 && c.reliability() < 1)) {
            problems.add("change: reliability lies strictly between 0 and 1");
        }
        if (c.baselineSd() != null && blank(c.source())) {
            problems.add("change: cite the source of baselineSd and reliability in source");
        }
        if ((c.remissionBelow() == null) != (c.remissionEligibleAbove() == null)) {
            problems.add("change: remission needs both remissionBelow and remissionEligibleAbove");
        }
    }

    private static void checkAnswerSets(InstrumentDefinition d, List<String> problems) {
        d.answerSets().forEach((name, options) -> {
            if (options == null || options.isEmpty()) {
                problems.add("answer set " + name + " has no options");
                return;
            }
            Set<Integer> values = new HashSet<>();
            for (AnswerOption option : options) {
                if (option.value() < 0 || option.value() > 100) {
                    problems.add("answer set " + name + ": values are 0 to 100, found " + option.value());
                }
                if (!values.add(option.value())) {
                    problems.add("answer set " + name + ": value " + option.value() + " appears twice");
                }
                if (!d.textShipped() && option.label() != null && !isGenericLabel(option.label())) {
                    problems.add("answer set " + name + ": the text is not shipped, so option labels must be null "
                            + "(or plain Yes/No), found \"" + option.label() + "\"");
                }
            }
        });
    }

    /** Yes and No are nobody's wording. */
    private static boolean isGenericLabel(String label) {
        return label.equals("Yes") || label.equals("No");
    }

    private static void checkItems(InstrumentDefinition d, List<String> problems) {
        for (int i = 0; i < d.items().size(); i++) {
            Item item = d.items().get(i);
            if (item.number() != i + 1) {
                problems.add("items must be numbered 1, 2, 3 … in order; position " + (i + 1) + " is numbered "
                        + item.number());
            }
            if (item.answers() == null || !d.answerSets().containsKey(item.answers())) {
                problems.add("item " + item.number() + " refers to answer set " + item.answers()
                        + ", which is not defined");
            }
            if (d.textShipped() && blank(item.text())) {
                problems.add("item " + item.number() + " has no text, but textShipped is true");
            }
            if (!d.textShipped() && item.text() != null) {
                problems.add("item " + item.number() + " has text, but textShipped is false: ship no wording we may "
                        + "not ship");
            }
        }
        if (!d.textShipped() && d.instructions() != null) {
            problems.add("instructions are text: null them while textShipped is false");
        }
    }

    private static void checkScoring(InstrumentDefinition d, List<String> problems) {
        var s = d.scoring();
        if (!"sum".equals(s.total()) && !"none".equals(s.total())) {
            problems.add("scoring.total must be \"sum\" or \"none\"");
            return;
        }
        for (int item : s.reversed()) {
            if (item < 1 || item > d.itemCount()) {
                problems.add("scoring.reversed names item " + item + ", which does not exist");
            }
        }
        Set<String> names = new HashSet<>();
        for (Subscale subscale : s.subscales()) {
            checkName("subscale", subscale.name(), problems);
            names.add(subscale.name());
            if (subscale.items().isEmpty()) {
                problems.add("subscale " + subscale.name() + " has no items");
            }
            for (int item : subscale.items()) {
                if (item < 1 || item > d.itemCount()) {
                    problems.add("subscale " + subscale.name() + " names item " + item + ", which does not exist");
                } else if (!d.items().get(item - 1).scored()) {
                    problems.add("subscale " + subscale.name() + " names item " + item + ", which is not scored");
                }
            }
        }
        for (Derived derived : s.derived()) {
            checkName("derived score", derived.name(), problems);
            if (!names.add(derived.name())) {
                problems.add("score name " + derived.name() + " is used twice");
            }
            if (!s.hasTotal()) {
                problems.add("derived score " + derived.name() + " needs a total");
            }
            if (derived.multiplier() < 1) {
                problems.add("derived score " + derived.name() + " needs a multiplier of 1 or more");
            }
        }
        if (s.hasTotal()) {
            int[] range = reachableRange(d);
            if (s.min() == null || s.max() == null || s.min() != range[0] || s.max() != range[1]) {
                problems.add("scoring declares a total of " + s.min() + " to " + s.max() + ", but the scored items "
                        + "make " + range[0] + " to " + range[1]);
            }
            if (d.items().stream().noneMatch(Item::scored)) {
                problems.add("a summed total needs at least one scored item");
            }
        } else if (s.min() != null || s.max() != null) {
            problems.add("scoring has no total, so it declares no min or max");
        }
    }

    private static int[] reachableRange(InstrumentDefinition d) {
        int min = 0;
        int max = 0;
        for (Item item : d.items()) {
            if (item.scored()) {
                List<AnswerOption> options = d.answerSets().get(item.answers());
                min += options.stream().mapToInt(AnswerOption::value).min().orElse(0);
                max += options.stream().mapToInt(AnswerOption::value).max().orElse(0);
            }
        }
        return new int[] {min, max};
    }

    private static void checkBands(InstrumentDefinition d, @Nullable SpecialRule rule, Set<String> flags,
            List<String> problems) {
        List<Band> bands = d.bands();
        Set<String> names = new HashSet<>();
        for (Band band : bands) {
            checkName("band", band.name(), problems);
            if (!names.add(band.name())) {
                problems.add("band " + band.name() + " is defined twice");
            }
        }
        if (bands.isEmpty()) {
            if (rule != null && !rule.bandNames().isEmpty()) {
                problems.add("rule " + rule.name() + " sets the bands " + new TreeSet<>(rule.bandNames())
                        + ": list them");
            }
            return;
        }
        long ranges = bands.stream().filter(Band::isRange).count();
        long conditions = bands.stream().filter(b -> b.when() != null).count();
        if (ranges > 0 && conditions > 0) {
            problems.add("bands are either all ranges of the total or all conditions, not a mix");
        } else if (ranges > 0) {
            checkRangeBands(d, bands, problems);
        } else if (conditions > 0) {
            if (conditions != bands.size()) {
                problems.add("every condition band needs \"when\"");
            }
            Band last = bands.getLast();
            if (last.when() == null || !last.when().trim().equalsIgnoreCase("otherwise")) {
                problems.add("the last condition band must be \"when\": \"otherwise\", so every answer has a band");
            }
            for (Band band : bands) {
                if (band.when() != null) {
                    checkCondition("band " + band.name(), band.when(), d, flags, problems);
                }
            }
        } else if (rule == null || !rule.bandNames().equals(names)) {
            problems.add("bands with only a name are set by a special rule"
                    + (rule == null ? ", but there is none" : "; rule " + rule.name() + " sets "
                            + new TreeSet<>(rule.bandNames())));
        }
    }

    /** Range bands cover the total's whole range, in order, with no gap and no overlap. */
    private static void checkRangeBands(InstrumentDefinition d, List<Band> bands, List<String> problems) {
        var s = d.scoring();
        if (!s.hasTotal() || s.min() == null || s.max() == null) {
            problems.add("range bands need a total with a min and a max");
            return;
        }
        int expected = s.min();
        for (Band band : bands) {
            if (band.min() == null || band.max() == null) {
                problems.add("band " + band.name() + " needs both min and max");
                return;
            }
            if (band.min() > band.max()) {
                problems.add("band " + band.name() + " runs backwards (" + band.min() + " to " + band.max() + ")");
            }
            if (band.min() != expected) {
                problems.add("band " + band.name() + " starts at " + band.min() + " but the band before it ends at "
                        + (expected - 1) + (band.min() > expected ? " (a gap)" : " (an overlap)"));
            }
            expected = band.max() + 1;
        }
        if (expected - 1 != s.max()) {
            problems.add("the last band ends at " + (expected - 1) + " but the total reaches " + s.max());
        }
    }

    private static void checkPositive(InstrumentDefinition d, Set<String> flags, List<String> problems) {
        var positive = d.positive();
        if (positive == null) {
            return;
        }
        if ((positive.when() == null) == (positive.bySex() == null)) {
            problems.add("positive needs exactly one of \"when\" or \"bySex\"");
            return;
        }
        if (positive.when() != null) {
            checkCondition("positive", positive.when(), d, flags, problems);
        } else {
            Set<String> sexes = positive.bySex().keySet();
            if (!sexes.equals(Set.of("female", "male"))) {
                problems.add("positive.bySex needs exactly \"female\" and \"male\", found " + new TreeSet<>(sexes));
            }
            positive.bySex().forEach((sex, when) -> checkCondition("positive for " + sex, when, d, flags, problems));
        }
        if (d.rule() != null && "cssrs-screener".equals(d.rule())) {
            problems.add("the cssrs-screener rule decides positive itself: leave positive out");
        }
    }

    private static void checkCondition(String where, @Nullable String when, InstrumentDefinition d, Set<String> flags,
            List<String> problems) {
        if (blank(when)) {
            problems.add(where + " needs a condition (\"when\")");
            return;
        }
        try {
            Condition condition = Condition.parse(when);
            if (condition.isOtherwise() && !where.startsWith("band ")) {
                problems.add(where + ": \"otherwise\" is only for the last band");
            }
            condition.problems(d.itemCount(), d.scoring().hasTotal(), flags).forEach(p -> problems.add(where + ": " + p));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
        }
    }

    private static void checkName(String what, @Nullable String name, List<String> problems) {
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(what + " name \"" + name + "\" must be lower-case letters, digits and dashes");
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String list(int[] values) {
        String all = Arrays.stream(values).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }

    private static String clip(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    @Override
    public String toString() {
        return "Instrument[" + definition.code() + " v" + definition.version() + "]";
    }

    private record CompiledFlag(String name, Condition when) {}

    private record CompiledBand(String name, Condition when) {}
}
