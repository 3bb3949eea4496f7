package org.stepwise.scheduling.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes an iCalendar object (RFC 5545) with times in UTC. Written by hand rather than with a library because a feed
 * needs a dozen properties; the tests parse and validate every kind of feed with ical4j, an independent implementation.
 */
final class ICalendarText {

    /** A content line is at most 75 octets long, not counting the line break (RFC 5545 section 3.1). */
    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarText() {}

    /**
     * The whole calendar. An object with no events still holds one component (a UTC time zone definition), because
     * RFC 5545 requires at least one and a person with no sessions yet must still be able to subscribe.
     *
     * @param name the calendar's name in the reader's app (X-WR-CALNAME)
     * @param stamp when the feed was produced: every event's DTSTAMP
     */
    static String of(String name, List<CalendarEvent> events, Instant stamp) {
        StringBuilder out = new StringBuilder(256 + events.size() * 300);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Stepwise//Calendar feed//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(name));
        // How often calendar apps should fetch again: hourly, so that a moved or cancelled session shows the same day.
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        if (events.isEmpty()) {
            line(out, "BEGIN:VTIMEZONE");
            line(out, "TZID:UTC");
            line(out, "BEGIN:STANDARD");
            line(out, "DTSTART:19700101T000000");
            line(out, "TZOFFSETFROM:+0000");
            line(out, "TZOFFSETTO:+0000");
            line(out, "TZNAME:UTC");
            line(out, "END:STANDARD");
            line(out, "END:VTIMEZONE");
        }
        String dtstamp = time(stamp);
        for (CalendarEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + dtstamp);
            line(out, "DTSTART:" + time(event.start()));
            line(out, "DTEND:" + time(event.end()));
            line(out, "SUMMARY:" + text(event.summary()));
            line(out, "LOCATION:" + text(event.location()));
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            line(out, "SEQUENCE:" + event.sequence());
            line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:" + (event.cancelled() ? "TRANSPARENT" : "OPAQUE"));
            line(out, "CLASS:PRIVATE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (section 3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> { } // a CRLF becomes one \n
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    static String time(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Appends a content line, folded into lines of at most 75 octets without splitting a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int width = utf8Octets(codePoint);
            if (octets + width > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
