package org.stepwise.measures.scoring;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stepwise.measures.internal.DefinitionFiles;

/** Test helper: the shipped definitions, read exactly as the application reads them, and answers that make a total. */
final class Instruments {

    static final List<String> SHIPPED = List.of("phq9", "gad7", "pcl5", "audit", "auditc", "dast10", "cssrs", "who5", "bam");

    private static final Map<String, Instrument> CACHE = new HashMap<>();

    private Instruments() {}

    static synchronized Instrument get(String code) {
        return CACHE.computeIfAbsent(code, c -> {
            InputStream in = Objects.requireNonNull(Instruments.class.getResourceAsStream("/instruments/" + c + ".json"),
                    "no definition file for " + c);
            return DefinitionFiles.read(in, c + ".json");
        });
    }

    static Score score(String code, int... answers) {
        return get(code).score(ScoreRequest.of(answers));
    }

    /** Some valid answers (values as printed) whose total is exactly {@code total}; fails if none exist. */
    static int[] answersForTotal(String code, int total) {
        InstrumentDefinition d = get(code).definition();
        int n = d.itemCount();
        int[] answers = new int[n];
        if (!fill(d, 0, total, answers)) {
            throw new IllegalArgumentException(code + " cannot reach a total of " + total);
        }
        return answers;
    }

    private static boolean fill(InstrumentDefinition d, int index, int remaining, int[] answers) {
        if (index == d.itemCount()) {
            return remaining == 0;
        }
        var item = d.items().get(index);
        List<Integer> values = new ArrayList<>(d.answerSets().get(item.answers()).stream()
                .map(InstrumentDefinition.AnswerOption::value).toList());
        values.sort((a, b) -> b - a);
        int lo = values.getLast();
        int hi = values.getFirst();
        for (int value : values) {
            int counted = !item.scored() ? 0
                    : d.scoring().reversed().contains(item.number()) ? lo + hi - value : value;
            if (counted <= remaining) {
                answers[index] = value;
                if (fill(d, index + 1, remaining - counted, answers)) {
                    return true;
                }
            }
        }
        return false;
    }
}
