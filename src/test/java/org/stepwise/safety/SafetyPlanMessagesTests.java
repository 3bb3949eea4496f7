package org.stepwise.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;
import org.stepwise.safety.rules.ScreenInterpretation;

/**
 * Every message the plan, drug screen and home environment pages ask for is in the safety bundle, and the bundle holds
 * none of theirs unused (keys {@code safety.plan.*}, {@code safety.screen.*}, {@code safety.home.*}).
 */
class SafetyPlanMessagesTests {

    private static final Pattern KEY = Pattern.compile(
            "(?:#\\{|[\"'])(safety\\.(?:plan\\.|screen\\.|home\\.|today\\.screensDue|panel\\.drugScreens)[A-Za-z0-9_.]*)");
    private static final Pattern OURS = Pattern.compile("safety\\.(plan|screen|home)\\..*|safety\\.today\\.screensDue"
            + "|safety\\.panel\\.drugScreens");

    private static Properties bundle() {
        return MessageBundleChecks.bundle("/i18n/safety.properties");
    }

    private static Set<String> used() {
        Set<String> keys = MessageBundleChecks.keysIn(KEY, "src/main/resources/templates/safety",
                "src/main/resources/templates/print/recovery-plan.html", "src/main/java/org/stepwise/safety");
        keys.removeIf(key -> key.endsWith("."));
        // Keys the templates build from a value.
        for (RecoveryPlanKind kind : RecoveryPlanKind.values()) {
            for (String prefix : new String[] {"kind", "titleFor", "editFor", "none", "write", "edit.hint"}) {
                keys.add("safety.plan." + prefix + "." + kind.name());
            }
            for (String section : kind.sections()) {
                keys.add("safety.plan.section." + kind.name() + "." + section);
                keys.add("safety.plan.hint." + kind.name() + "." + section);
            }
        }
        for (RecoveryPlanVersion.Status status : RecoveryPlanVersion.Status.values()) {
            keys.add("safety.plan.status." + status.name());
        }
        for (ScreenInterpretation.Result result : ScreenInterpretation.Result.values()) {
            keys.add("safety.screen.result." + result.name());
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInTheBundle() {
        Properties bundle = bundle();
        assertThat(used()).hasSizeGreaterThan(100).allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyOfOursInTheBundleIsUsed() {
        Set<String> used = used();
        assertThat(bundle().stringPropertyNames().stream().filter(key -> OURS.matcher(key).matches()))
                .allSatisfy(key -> assertThat(used).contains(key));
    }
}
