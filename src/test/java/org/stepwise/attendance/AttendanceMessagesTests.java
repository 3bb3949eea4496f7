package org.stepwise.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;
import org.stepwise.scheduling.BookingSource;

/** Every message the attendance pages and cards ask for is in the bundle, and the bundle holds nothing unused. */
class AttendanceMessagesTests {

    private static final Pattern KEY = Pattern.compile("(?:#\\{|[\"'])(attendance\\.[A-Za-z0-9_.]*[A-Za-z0-9_.])");

    private static Properties bundle() {
        return MessageBundleChecks.bundle("/i18n/attendance.properties");
    }

    /** Keys written out in the templates and the module's Java sources. */
    private static Set<String> literalKeys() {
        return MessageBundleChecks.keysIn(KEY, "src/main/resources/templates/attendance",
                "src/main/java/org/stepwise/attendance");
    }

    /** Keys the templates build from a value: a status, how a client was booked, the kind of alert. */
    private static Set<String> builtKeys() {
        Set<String> keys = new HashSet<>();
        for (AttendanceStatus status : AttendanceStatus.values()) {
            keys.add("attendance.status." + status.name());
        }
        keys.add("attendance.status.BOOKED");
        keys.add("attendance.status.CANCELLED");
        for (BookingSource source : BookingSource.values()) {
            keys.add("attendance.source." + source.name());
        }
        for (AttendanceAlert.Kind kind : AttendanceAlert.Kind.values()) {
            keys.add("attendance.alert.kind." + kind.name());
        }
        return keys;
    }

    @Test
    void everyKeyUsedIsInTheBundle() {
        Properties bundle = bundle();
        Set<String> used = new HashSet<>(literalKeys());
        used.removeIf(key -> key.endsWith(".")); // prefixes of built keys, such as 'attendance.status.'
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
