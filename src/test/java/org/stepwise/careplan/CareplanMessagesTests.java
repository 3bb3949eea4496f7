package org.stepwise.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;
import org.stepwise.careplan.rules.PlanDiff;

/** Every message the plan pages and the queue ask for is in the bundle, and the bundle holds nothing unused. */
class CareplanMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(careplan\\.[A-Za-z0-9_.]*[A-Za-z0-9_.])");

    private static Properties bundle() {
        return MessageBundleChecks.bundle("/i18n/careplan.properties");
    }

    private static Set<String> literalKeys() {
        Set<String> keys = MessageBundleChecks.keysIn(KEY, "src/main/resources/templates/careplan",
                "src/main/java/org/stepwise/careplan");
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
    void everyKeyUsedIsInTheBundle() {
        Properties bundle = bundle();
        Set<String> used = new HashSet<>(literalKeys());
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
