package org.stepwise.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;

/**
 * Every message the signal pages, panel and cards ask for is in the bundle, every kind, direction, status and action
 * has its label, and the bundle holds nothing unused. The episodes' length-of-stay keys are checked the same way.
 */
class SignalMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])((?:signals|episodes\\.length)\\.[A-Za-z0-9_.-]*"
            + "[A-Za-z0-9_-])");

    private static Properties bundle(String name) {
        return MessageBundleChecks.bundle("/i18n/" + name + ".properties");
    }

    private static Set<String> literalKeys() {
        return MessageBundleChecks.keysIn(KEY, "src/main/resources/templates/signals",
                "src/main/resources/templates/episodes", "src/main/java/org/stepwise/signals",
                "src/main/java/org/stepwise/episodes");
    }

    /** Keys the templates and pages build from a value. */
    private static Set<String> builtKeys() {
        Set<String> keys = new HashSet<>();
        for (SignalKind kind : SignalKind.values()) {
            keys.add("signals.kind." + kind.name());
        }
        for (SignalDirection direction : SignalDirection.values()) {
            keys.add("signals.direction." + direction.name());
        }
        for (SignalStatus status : SignalStatus.values()) {
            keys.add("signals.status." + status.name());
        }
        for (SignalActionKind action : SignalActionKind.values()) {
            keys.add("signals.action." + action.code());
            keys.add("signals.act.done." + action.code());
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInTheBundle() {
        Properties signals = bundle("signals");
        Properties episodes = bundle("episodes");
        Set<String> built = builtKeys();
        Set<String> used = new HashSet<>(literalKeys());
        // 'signals.kind.' + name in a template reads as the prefix signals.kind: the built keys stand for it
        used.removeIf(key -> built.stream().anyMatch(b -> b.startsWith(key + ".")));
        used.addAll(built);
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(key.startsWith("signals.") ? signals : episodes)
                .containsKey(key));
    }

    @Test
    void everySignalAndLengthOfStayKeyInTheBundlesIsUsed() {
        Set<String> used = new HashSet<>(literalKeys());
        used.addAll(builtKeys());
        assertThat(bundle("signals").stringPropertyNames()).allSatisfy(key -> assertThat(used).contains(key));
        assertThat(bundle("episodes").stringPropertyNames()).filteredOn(k -> k.startsWith("episodes.length."))
                .allSatisfy(key -> assertThat(used).contains(key));
    }
}
