package org.stepwise.measures.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring one set of answers.
 *
 * @param instrument the instrument's code
 * @param version the definition version that scored it
 * @param answers the answers as the form prints them, one per item
 * @param sex the sex the cut-off used, where it depends on it
 * @param recentBehavior C-SSRS: item 6's behaviour was within 3 months (null when item 6 is no)
 * @param total the total, or null for instruments without one (C-SSRS screener, BAM)
 * @param band the band's name, or null when the instrument has no bands (BAM)
 * @param positive whether the screen is positive, or null when the instrument has no cut-off (BAM)
 * @param flags flags raised, in definition order
 * @param extra instrument-specific scores in a stable order (PCL-5 dsmPattern; WHO-5 percent; BAM use, risk,
 *     protective; C-SSRS riskLevel)
 */
public record Score(
        String instrument,
        String version,
        List<Integer> answers,
        @Nullable Sex sex,
        @Nullable Boolean recentBehavior,
        @Nullable Integer total,
        @Nullable String band,
        @Nullable Boolean positive,
        List<String> flags,
        Map<String, Object> extra) {

    public Score {
        answers = List.copyOf(answers);
        flags = List.copyOf(flags);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    Score withBand(@Nullable String band) {
        return new Score(instrument, version, answers, sex, recentBehavior, total, band, positive, flags, extra);
    }

    Score withPositive(@Nullable Boolean positive) {
        return new Score(instrument, version, answers, sex, recentBehavior, total, band, positive, flags, extra);
    }

    Score withRecentBehavior(@Nullable Boolean recentBehavior) {
        return new Score(instrument, version, answers, sex, recentBehavior, total, band, positive, flags, extra);
    }

    Score withFlag(String flag) {
        List<String> more = new ArrayList<>(flags);
        more.add(flag);
        return new Score(instrument, version, answers, sex, recentBehavior, total, band, positive, more, extra);
    }

    Score withExtra(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extra);
        more.put(name, value);
        return new Score(instrument, version, answers, sex, recentBehavior, total, band, positive, flags, more);
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }
}
