package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;
import org.stepwise.measures.due.MeasureTiming;

/**
 * Every message the pages of issue 6 ask for (scores over time, measures due, measure schedules) is in the bundle, and
 * the bundle holds none of theirs unused.
 */
class MeasuresMessagesTests {

    private static final Pattern KEY =
            Pattern.compile("(?:#\\{|[\"'])(measures\\.(?:trend|due|schedules|timing)\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])");

    private static Properties bundle() {
        return MessageBundleChecks.bundle("/i18n/measures.properties");
    }

    private static Set<String> literalKeys() {
        return MessageBundleChecks.keysIn(KEY, "src/main/resources/templates/measures",
                "src/main/java/org/stepwise/measures");
    }

    private static Set<String> builtKeys() {
        Set<String> keys = new HashSet<>();
        for (MeasureTiming timing : MeasureTiming.values()) {
            keys.add("measures.timing." + timing.name());
        }
        for (ScoreChange.Reliability reliability : ScoreChange.Reliability.values()) {
            keys.add("measures.trend.reliability." + reliability.name());
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInTheBundle() {
        Properties bundle = bundle();
        Set<String> used = new HashSet<>(literalKeys());
        Set<String> built = builtKeys();
        used.removeIf(key -> built.stream().anyMatch(b -> b.startsWith(key + "."))); // prefixes of built keys
        used.addAll(built);
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyOfThesePagesInTheBundleIsUsed() {
        Set<String> used = new HashSet<>(literalKeys());
        used.addAll(builtKeys());
        assertThat(bundle().stringPropertyNames()).filteredOn(k -> KEY.matcher("'" + k).lookingAt())
                .isNotEmpty().allSatisfy(key -> assertThat(used).contains(key));
    }
}
