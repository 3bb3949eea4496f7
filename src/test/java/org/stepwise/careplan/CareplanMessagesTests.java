package org.stepwise.careplan;

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
import org.stepwise.careplan.rules.PlanDiff;

/** Every message the plan pages and the queue ask for is in the bundle, and the bundle holds nothing unused. */
class CareplanMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(careplan\\.[A-Za-z0-9_.]*[A-Za-z0-9_.])");

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = CareplanMessagesTests.class.getResourceAsStream("/i18n/careplan.properties")) {
            bundle.load(in);
        }
        return bundle;
    }

    private static Set<String> literalKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources/templates/careplan"),
                Path.of("src/main/java/org/stepwise/careplan")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        keys.removeIf(key -> key.endsWith("."));
        return keys;
    }

    /** Keys the templates build from a value. */
    private static Set<String> builtKeys() {
        Set<String> keys = new HashSet<>();
        for (PlanVersion.Status status : PlanVersion.Status.values()) {
            keys.add("careplan.status." + status.name());
        }
        for (PlanDiff.Change change : PlanDiff.Change.values()) {
            keys.add("careplan.change." + change.name());
        }
        for (ReviewDue.Basis basis : ReviewDue.Basis.values()) {
            keys.add("careplan.review.basis." + basis.name());
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        Set<String> used = new HashSet<>(literalKeys());
        used.addAll(builtKeys());
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> used = new HashSet<>(literalKeys());
        used.addAll(builtKeys());
        assertThat(bundle().stringPropertyNames()).allSatisfy(key -> assertThat(used).contains(key));
    }
}
