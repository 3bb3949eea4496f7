package org.stepwise.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stepwise.MessageBundleChecks;

/**
 * Every message the feed pages use is in {@code i18n/calendar.properties}: the keys written in the templates, and those
 * the controllers and templates compose (per kind of page, the notices, the back links).
 */
class CalendarMessagesTests {

    private static final Pattern KEY = Pattern.compile("#\\{(calendar\\.[A-Za-z.]+)[}(]");

    @Test
    void everyKeyThePagesUseHasAMessage() {
        Properties bundle = MessageBundleChecks.bundle("/i18n/calendar.properties");
        TreeSet<String> used = new TreeSet<>(List.of("calendar.explain.client", "calendar.explain.own",
                "calendar.explain.staff", "calendar.created.howto.client", "calendar.created.howto.own",
                "calendar.revoked", "calendar.alreadyRevoked", "calendar.back.chart", "calendar.back.account",
                "calendar.back.staff", "calendar.panel.title"));
        String templates = "src/main/resources/templates/";
        used.addAll(MessageBundleChecks.keysIn(KEY, templates + "scheduling/calendar/panel.html",
                templates + "scheduling/calendar/created.html", templates + "security/account.html",
                templates + "staff/staff.html"));
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(bundle.stringPropertyNames()).containsAll(used);
    }
}
