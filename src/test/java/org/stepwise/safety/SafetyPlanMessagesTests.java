package org.stepwise.safety;

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

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = SafetyPlanMessagesTests.class.getResourceAsStream("/i18n/safety.properties")) {
            bundle.load(in);
        }
        return bundle;
    }

    private static Set<String> used() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources/templates/safety"),
                Path.of("src/main/resources/templates/print/recovery-plan.html"),
                Path.of("src/main/java/org/stepwise/safety")}) {
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
    void everyKeyUsedIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        assertThat(used()).hasSizeGreaterThan(100).allSatisfy(key -> assertThat(bundle).containsKey(key));
    }

    @Test
    void everyKeyOfOursInTheBundleIsUsed() throws IOException {
        Set<String> used = used();
        assertThat(bundle().stringPropertyNames().stream().filter(key -> OURS.matcher(key).matches()))
                .allSatisfy(key -> assertThat(used).contains(key));
    }
}
