package org.stepwise.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;
import org.stepwise.episodes.DischargeType;

/**
 * Every message the discharge page, the summary, its chart section, PDF and queue task ask for is in the bundle, every
 * discharge type has its line of help and every section its title and hint, and the bundle holds nothing unused.
 */
class DischargeMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(discharge\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])");

    private static Properties bundle() {
        return MessageBundleChecks.bundle("/i18n/discharge.properties");
    }

    private static Set<String> literalKeys() {
        return MessageBundleChecks.keysIn(KEY, "src/main/resources/templates/discharge",
                "src/main/resources/templates/print/discharge-summary.html", "src/main/java/org/stepwise/discharge");
    }

    /** Keys the templates build from a value. */
    private static Set<String> builtKeys() {
        Set<String> keys = new HashSet<>();
        for (DischargeType type : DischargeType.values()) {
            keys.add("discharge.type.help." + type.name());
        }
        for (SummarySection section : SummarySection.values()) {
            keys.add("discharge.section." + section.key());
            keys.add("discharge.section.hint." + section.key());
        }
        for (SummaryStatus status : SummaryStatus.values()) {
            keys.add("discharge.status." + status.name());
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInTheBundle() {
        Properties bundle = bundle();
        Set<String> built = builtKeys();
        Set<String> used = new HashSet<>(literalKeys());
        // 'discharge.section.' + key in a template reads as the prefix discharge.section: the built keys stand for it
        used.removeIf(key -> built.stream().anyMatch(b -> b.startsWith(key + ".")));
        used.addAll(built);
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyInTheBundleIsUsed() {
        Set<String> used = new HashSet<>(literalKeys());
        used.addAll(builtKeys());
        assertThat(bundle().stringPropertyNames()).allSatisfy(key -> assertThat(used).contains(key));
    }
}
