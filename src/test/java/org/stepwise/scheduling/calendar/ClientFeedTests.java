package org.stepwise.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * A client's feed as their phone's calendar app reads it: valid RFC 5545 by ical4j, every session of the window with a
 * stable UID, moves and cancellations carried through SEQUENCE and STATUS, and nothing that tells an onlooker what the
 * sessions are for.
 */
@StepwiseTest
@AutoConfigureMockMvc
class ClientFeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Admissions admissions;

    @Autowired
    SessionPlanning planning;

    @Autowired
    Bookings bookings;

    @Autowired
    Schedule schedule;

    FeedFixtures fixtures;
    FeedRequests requests;
    FeedFixtures.Week week;
    String token;

    @BeforeEach
    void aClientWithAWeekAndAFeed() throws Exception {
        fixtures = new FeedFixtures(jdbc, clock, staff, admissions, planning, bookings);
        requests = new FeedRequests(mvc);
        week = fixtures.week();
        token = requests.create("/clients/" + week.client() + "/calendar-feed", fixtures.as(Role.FRONT_DESK));
    }

    @Test
    void theFeedIsValidICalendarWithEverySessionOfTheWindowOnce() throws Exception {
        fixtures.moveAnHourLater(week.moved());
        fixtures.cancel(week.cancelled(), "Holiday");
        MockHttpServletResponse response = requests.fetch(token);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(response.getHeader("Set-Cookie")).as("a calendar app gets no session").isNull();
        Calendar calendar = ICal.parseAndValidate(response.getContentAsString());
        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue)).contains("2.0");
        assertThat(calendar.getProperty(Property.PRODID)).isPresent();

        Map<String, VEvent> events = ICal.byUid(calendar);
        assertThat(events.keySet()).containsExactlyInAnyOrder(uid(week.group()), uid(week.individual()),
                uid(week.moved()), uid(week.cancelled()), uid(week.past()));
        VEvent group = events.get(uid(week.group()));
        assertThat(ICal.value(group, Property.SUMMARY)).isEqualTo("Group session");
        assertThat(ICal.value(group, Property.LOCATION)).isEqualTo(week.siteAddress() + ", " + week.roomName());
        assertThat(ICal.value(group, Property.STATUS)).isEqualTo("CONFIRMED");
        var session = schedule.get(week.group());
        assertThat(ICal.value(group, Property.DTSTART)).isEqualTo(ICalendarText.time(session.startsAt()));
        assertThat(ICal.value(group, Property.DTEND)).isEqualTo(ICalendarText.time(session.endsAt()));
        assertThat(group.getDateStamp()).isPresent();

        VEvent individual = events.get(uid(week.individual()));
        assertThat(ICal.value(individual, Property.SUMMARY)).isEqualTo("Appointment");
        assertThat(ICal.value(individual, Property.LOCATION)).isEqualTo("Telehealth");

        VEvent cancelled = events.get(uid(week.cancelled()));
        assertThat(ICal.value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(ICal.value(cancelled, Property.SUMMARY)).isEqualTo("Cancelled: Group session");
        assertThat(ICal.value(cancelled, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void aMovedSessionKeepsItsUidAndComesWithAHigherSequenceAndItsNewTime() throws Exception {
        VEvent before = ICal.byUid(ICal.parseAndValidate(requests.fetchOk(token))).get(uid(week.moved()));
        fixtures.moveAnHourLater(week.moved());
        VEvent after = ICal.byUid(ICal.parseAndValidate(requests.fetchOk(token))).get(uid(week.moved()));

        assertThat(Integer.parseInt(ICal.value(after, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(ICal.value(before, Property.SEQUENCE)));
        Instant movedTo = schedule.get(week.moved()).startsAt();
        assertThat(ICal.value(after, Property.DTSTART)).isEqualTo(ICalendarText.time(movedTo))
                .isNotEqualTo(ICal.value(before, Property.DTSTART));
    }

    @Test
    void theFeedNamesNoProgramTrackSessionFacilitatorDiagnosisOrClient() throws Exception {
        fixtures.cancel(week.cancelled(), "Holiday for the Substance Use IOP");
        String feed = requests.fetchOk(token);
        ICal.parseAndValidate(feed);

        String unfolded = feed.replace("\r\n ", "");
        List<String> never = new java.util.ArrayList<>(List.of(week.programName(), week.trackName(), week.otherFamily(),
                week.clientFamily(), "Robin", week.facilitator().displayName(), week.siteName(), "F11.20", "Holiday",
                "Group therapy", "Individual therapy", "Psychoeducation", "skills", "IOP", "substance", "recovery",
                "relapse", "craving", "therapy", "alcohol", "drug", "rehab", "sober", "addiction", "mental"));
        never.addAll(week.titles());
        for (String word : never) {
            assertThat(unfolded.toLowerCase()).as("the feed mentions %s", word).doesNotContain(word.toLowerCase());
        }
        for (VEvent event : ICal.events(ICal.parseAndValidate(feed))) {
            assertThat(ICal.value(event, Property.SUMMARY)).isIn("Group session", "Appointment",
                    "Cancelled: Group session", "Cancelled: Appointment");
            assertThat(event.getProperty(Property.DESCRIPTION)).isEmpty();
        }
        assertThat(unfolded).contains("X-WR-CALNAME:Appointments");
    }

    @Test
    void eachFetchIsAuditedWithTheClient() throws Exception {
        long before = fetchesAudited();
        requests.fetchOk(token);
        requests.fetchOk(token);
        assertThat(fetchesAudited()).isEqualTo(before + 2);
    }

    @Test
    void aClientWithNoSessionsGetsAValidEmptyCalendar() throws Exception {
        String family = "Emptyweek" + week.clientFamily();
        var client = org.stepwise.TestClients.insert(jdbc, clock, family);
        String empty = requests.create("/clients/" + client + "/calendar-feed", fixtures.as(Role.FRONT_DESK));
        Calendar calendar = ICal.parseAndValidate(requests.fetchOk(empty));
        assertThat(ICal.events(calendar)).isEmpty();
    }

    private long fetchesAudited() {
        return jdbc.sql("""
                SELECT count(*) FROM audit_event
                WHERE username = 'calendar-feed' AND action = 'EXPORT' AND client_id = ?""")
                .param(week.client().value()).query(Long.class).single();
    }

    private static String uid(SessionId session) {
        return session + "@stepwise";
    }
}
