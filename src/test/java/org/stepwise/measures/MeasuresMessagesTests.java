package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stepwise.measures.due.MeasureTiming;

/**
 * Every message the pages of issue 6 ask for (scores over time, measures due, measure schedules) is in the bundle, and
 * the bundle holds none of theirs unused.
 */
class MeasuresMessagesTests {

    private static final Pattern KEY =
            Pattern.compile("(?:#\\{|[\"'])(measures\\.(?:trend|due|schedules|timing)\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])");

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MeasuresMessagesTests.class.getResourceAsStream("/i18n/measures.properties")) {
            bundle.load(in);
        }
        return bundle;
    }

    private static Set<String> literalKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources/templates/measures"),
                Path.of("src/main/java/org/stepwise/measures")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
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
    void everyKeyUsedIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        Set<String> used = new HashSet<>(literalKeys());
        Set<String> built = builtKeys();
        used.removeIf(key -> built.stream().anyMatch(b -> b.startsWith(key + "."))); // prefixes of built keys
        used.addAll(built);
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyOfThesePagesInTheBundleIsUsed() throws IOException {
        Set<String> used = new HashSet<>(literalKeys());
        used.addAll(builtKeys());
        assertThat(bundle().stringPropertyNames()).filteredOn(k -> KEY.matcher("'" + k).lookingAt())
                .isNotEmpty().allSatisfy(key -> assertThat(used).contains(key));
    }
}
