package org.stepwise.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads a feed with ical4j, an implementation independent of Stepwise's writer: it must parse, and ical4j's RFC 5545
 * validation must find no error.
 */
final class ICal {

    private ICal() {}

    static Calendar parseAndValidate(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        ValidationResult result = calendar.validate();
        assertThat(result.getEntries()).as("ical4j validation of%n%s", text).isEmpty();
        assertThat(result.hasErrors()).isFalse();
        return calendar;
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    /** The events by UID. */
    static Map<String, VEvent> byUid(Calendar calendar) {
        return events(calendar).stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow(
                () -> new AssertionError("no " + property + " in " + event));
    }
}
