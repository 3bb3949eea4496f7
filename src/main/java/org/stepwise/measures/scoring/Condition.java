package org.stepwise.measures.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition written in a definition file, small enough to read aloud: terms joined by {@code or}, each one of
 * {@code total OP n}, {@code item N OP n}, {@code any item OP n} (any scored item) or {@code flag NAME}; or the single
 * word {@code otherwise}. OP is one of {@code < <= = >= >}. Item conditions look at the value as the form prints it
 * (before any reversal).
 */
final class Condition {

    private static final Pattern TOTAL = Pattern.compile("total\\s*(<=|>=|<|>|=)\\s*(-?\\d+)");
    private static final Pattern ITEM = Pattern.compile("item\\s+(\\d+)\\s*(<=|>=|<|>|=)\\s*(-?\\d+)");
    private static final Pattern ANY_ITEM = Pattern.compile("any\\s+item\\s*(<=|>=|<|>|=)\\s*(-?\\d+)");
    private static final Pattern FLAG = Pattern.compile("flag\\s+([a-z0-9-]+)");

    private final String text;
    private final List<Term> terms;
    private final boolean otherwise;

    private Condition(String text, List<Term> terms, boolean otherwise) {
        this.text = text;
        this.terms = terms;
        this.otherwise = otherwise;
    }

    /** Reads a condition; throws {@link IllegalArgumentException} saying what is wrong with it. */
    static Condition parse(String text) {
        String normalised = text.trim().toLowerCase(Locale.ROOT);
        if (normalised.equals("otherwise")) {
            return new Condition(text, List.of(), true);
        }
        List<Term> terms = new ArrayList<>();
        for (String part : normalised.split("\\s+or\\s+")) {
            terms.add(term(part.trim(), text));
        }
        return new Condition(text, List.copyOf(terms), false);
    }

    private static Term term(String part, String whole) {
        Matcher m;
        if ((m = TOTAL.matcher(part)).matches()) {
            return new Term(Kind.TOTAL, 0, m.group(1), Integer.parseInt(m.group(2)), null);
        }
        if ((m = ITEM.matcher(part)).matches()) {
            return new Term(Kind.ITEM, Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)), null);
        }
        if ((m = ANY_ITEM.matcher(part)).matches()) {
            return new Term(Kind.ANY_ITEM, 0, m.group(1), Integer.parseInt(m.group(2)), null);
        }
        if ((m = FLAG.matcher(part)).matches()) {
            return new Term(Kind.FLAG, 0, "=", 0, m.group(1));
        }
        throw new IllegalArgumentException("cannot read the condition \"" + whole + "\" at \"" + part
                + "\": write total OP n, item N OP n, any item OP n or flag NAME, joined by 'or'");
    }

    boolean isOtherwise() {
        return otherwise;
    }

    /** Problems with this condition for the given instrument (an item that does not exist, a total with no total). */
    List<String> problems(int itemCount, boolean hasTotal, Set<String> knownFlags) {
        List<String> problems = new ArrayList<>();
        for (Term term : terms) {
            switch (term.kind) {
                case ITEM -> {
                    if (term.item < 1 || term.item > itemCount) {
                        problems.add("\"" + text + "\" names item " + term.item + ", which does not exist");
                    }
                }
                case TOTAL -> {
                    if (!hasTotal) {
                        problems.add("\"" + text + "\" uses the total, but this instrument has none");
                    }
                }
                case FLAG -> {
                    if (!knownFlags.contains(term.flag)) {
                        problems.add("\"" + text + "\" names flag " + term.flag + ", which is not defined before it");
                    }
                }
                case ANY_ITEM -> { }
            }
        }
        return problems;
    }

    boolean holds(Facts facts) {
        if (otherwise) {
            return true;
        }
        for (Term term : terms) {
            if (term.holds(facts)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    /** What a condition can look at: the answers as printed, which items are scored, the total, the flags so far. */
    record Facts(int[] answers, boolean[] scored, @org.jspecify.annotations.Nullable Integer total, Set<String> flags) {}

    private enum Kind { TOTAL, ITEM, ANY_ITEM, FLAG }

    private record Term(Kind kind, int item, String op, int value, @org.jspecify.annotations.Nullable String flag) {

        boolean holds(Facts facts) {
            return switch (kind) {
                case TOTAL -> facts.total() != null && compare(facts.total());
                case ITEM -> compare(facts.answers()[item - 1]);
                case ANY_ITEM -> {
                    for (int i = 0; i < facts.answers().length; i++) {
                        if (facts.scored()[i] && compare(facts.answers()[i])) {
                            yield true;
                        }
                    }
                    yield false;
                }
                case FLAG -> facts.flags().contains(flag);
            };
        }

        private boolean compare(int actual) {
            return switch (op) {
                case "<" -> actual < value;
                case "<=" -> actual <= value;
                case "=" -> actual == value;
                case ">=" -> actual >= value;
                case ">" -> actual > value;
                default -> throw new IllegalStateException("operator " + op);
            };
        }
    }
}
