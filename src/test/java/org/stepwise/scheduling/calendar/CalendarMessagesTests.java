package org.stepwise.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message the feed pages use is in {@code i18n/calendar.properties}: the keys written in the templates, and those
 * the controllers and templates compose (per kind of page, the notices, the back links).
 */
class CalendarMessagesTests {

    private static final Pattern KEY = Pattern.compile("#\\{(calendar\\.[A-Za-z.]+)[}(]");

    @Test
    void everyKeyThePagesUseHasAMessage() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/calendar.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> used = new TreeSet<>(List.of("calendar.explain.client", "calendar.explain.own",
                "calendar.explain.staff", "calendar.created.howto.client", "calendar.created.howto.own",
                "calendar.revoked", "calendar.alreadyRevoked", "calendar.back.chart", "calendar.back.account",
                "calendar.back.staff", "calendar.panel.title"));
        Path templates = Path.of("src/main/resources/templates");
        for (Path template : List.of(templates.resolve("scheduling/calendar/panel.html"),
                templates.resolve("scheduling/calendar/created.html"), templates.resolve("security/account.html"),
                templates.resolve("staff/staff.html"))) {
            Matcher matcher = KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(bundle.stringPropertyNames()).containsAll(used);
    }
}
