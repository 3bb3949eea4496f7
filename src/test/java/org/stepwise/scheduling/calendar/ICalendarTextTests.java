package org.stepwise.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The writer on its own: folding, escaping and the empty calendar, each read back by ical4j. */
class ICalendarTextTests {

    private static final Instant STAMP = Instant.parse("2026-11-23T08:15:30.250Z");
    private static final Instant START = Instant.parse("2026-11-24T15:00:00Z");

    private static CalendarEvent event(String summary, String location, boolean cancelled) {
        return new CalendarEvent("b7c9e4f2-0a55-4d6c-9a2e-3e4f5a6b7c8d@stepwise", START, START.plusSeconds(3000),
                summary, location, "Line one\nline two", 3, cancelled);
    }

    @Test
    void longTextWithAccentsAndPunctuationIsFoldedWithinSeventyFiveOctetsAndReadsBackUnchanged() throws Exception {
        String summary = "Gruppe für Achtsamkeit; Übungen, Pausen\\Fragen — émotions régulées ".repeat(4).strip();
        String location = "Straße 12, 2. Stock; Raum Ä, Haus ☀ 🌱";
        String text = ICalendarText.of("Termine", List.of(event(summary, location, false)), STAMP);

        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text).endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n").doesNotContain("\r\r");
        Calendar calendar = ICal.parseAndValidate(text);
        VEvent read = ICal.events(calendar).getFirst();
        assertThat(ICal.value(read, Property.SUMMARY)).isEqualTo(summary);
        assertThat(ICal.value(read, Property.LOCATION)).isEqualTo(location);
        assertThat(ICal.value(read, Property.DESCRIPTION)).isEqualTo("Line one\nline two");
        assertThat(ICal.value(read, Property.DTSTART)).isEqualTo("20261124T150000Z");
        assertThat(ICal.value(read, Property.DTEND)).isEqualTo("20261124T155000Z");
        assertThat(ICal.value(read, Property.DTSTAMP)).isEqualTo("20261123T081530Z");
        assertThat(ICal.value(read, Property.SEQUENCE)).isEqualTo("3");
        assertThat(ICal.value(read, Property.STATUS)).isEqualTo("CONFIRMED");
    }

    @Test
    void controlCharactersAreDroppedAndLineBreaksKept() throws Exception {
        String text = ICalendarText.of("x", List.of(event("Bell\u0007 and\r\nbreak\u0000", "Room\t1", true)), STAMP);
        VEvent read = ICal.events(ICal.parseAndValidate(text)).getFirst();
        assertThat(ICal.value(read, Property.SUMMARY)).isEqualTo("Bell and\nbreak");
        assertThat(ICal.value(read, Property.LOCATION)).isEqualTo("Room\t1");
        assertThat(ICal.value(read, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void aCalendarWithoutEventsIsStillValid() throws Exception {
        String text = ICalendarText.of("Appointments", List.of(), STAMP);
        Calendar calendar = ICal.parseAndValidate(text);
        assertThat(ICal.events(calendar)).isEmpty();
        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(calendar.getProperty(Property.PRODID).map(Property::getValue)).contains("-//Stepwise//Calendar feed//EN");
    }
}
