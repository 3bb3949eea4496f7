package org.stepwise.alumni;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;

/** Every message the alumni pages and card ask for is in the bundle, and the bundle holds nothing unused. */
class AlumniMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(alumni\\.[A-Za-z0-9_.]*[A-Za-z0-9_.])");

    private static Properties bundle() {
        return MessageBundleChecks.bundle("/i18n/alumni.properties");
    }

    private static Set<String> literalKeys() {
        return MessageBundleChecks.keysIn(KEY, "src/main/resources/templates/alumni",
                "src/main/java/org/stepwise/alumni");
    }

    /** Keys built from a value (the day of the week), and the navigation's label, which lives here. */
    private static Set<String> builtKeys() {
        Set<String> keys = new HashSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            keys.add("alumni.weekday." + day.name());
        }
        keys.add("nav.alumni");
        return keys;
    }

    @Test
    void everyKeyUsedIsInTheBundle() {
        Properties bundle = bundle();
        Set<String> used = new HashSet<>(literalKeys());
        used.removeIf(key -> key.endsWith("."));
        used.addAll(builtKeys());
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> used = new HashSet<>(literalKeys());
        used.addAll(builtKeys());
        assertThat(bundle().stringPropertyNames()).allSatisfy(key -> assertThat(used).contains(key));
    }
}
