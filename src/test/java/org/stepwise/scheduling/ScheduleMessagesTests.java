package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;
import org.stepwise.staff.TrackPeriod;

/**
 * Every message the schedule's pages and controllers ask for is in its bundle, including the families the templates
 * build from enum names (weekdays, categories, modalities, day parts, booking sources, track periods).
 */
class ScheduleMessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(schedule\\.[A-Za-z.]+[A-Za-z])");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(schedule\\.[A-Za-z.]+[A-Za-z])\"");

    @Test
    void everyKeyUsedIsInTheBundle() {
        Properties bundle = MessageBundleChecks.bundle("/i18n/schedule.properties");
        TreeSet<String> used = new TreeSet<>(MessageBundleChecks.keysIn(TEMPLATE_KEY,
                "src/main/resources/templates/scheduling", "src/main/resources/templates/episodes"));
        used.addAll(MessageBundleChecks.keysIn(JAVA_KEY, "src/main/java/org/stepwise/scheduling"));
        for (int day = 1; day <= 7; day++) {
            used.add("schedule.weekday." + day);
        }
        Stream.of(SessionCategory.values()).forEach(c -> used.add("schedule.category." + c.name()));
        Stream.of(Modality.values()).forEach(m -> used.add("schedule.modality." + m.name()));
        Stream.of(DayPart.values()).forEach(p -> used.add("schedule.dayPart." + p.name()));
        Stream.of(BookingSource.values()).forEach(s -> used.add("schedule.source." + s.name()));
        Stream.of(TrackPeriod.values()).forEach(p -> {
            used.add("schedule.period." + p.name());
            used.add("schedule.block.periodHint." + p.name());
        });
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(bundle.stringPropertyNames()).containsAll(used);
    }
}
