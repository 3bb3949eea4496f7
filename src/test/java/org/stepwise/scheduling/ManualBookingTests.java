package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.TrackPeriod;

/**
 * Booking by hand, on the session page and from the chart: checked against the same hard rules as the optimizer
 * (a seat, no double booking, the client's availability, 19 counted hours a week at most).
 */
@StepwiseTest
@AutoConfigureMockMvc
class ManualBookingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Admissions admissions;

    @Autowired
    SessionPlanning planning;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Schedule schedule;

    @Autowired
    Bookings bookings;

    @Autowired
    Availabilities availabilities;

    @Autowired
    ClientRegistry clients;

    ScheduleFixtures fixtures;
    TrackId track;
    RoomId room;
    IsoWeek week;

    @BeforeEach
    void setUp() {
        fixtures = new ScheduleFixtures(jdbc, clock, admissions, planning, staff);
        track = fixtures.track(TrackPeriod.DAY);
        room = fixtures.room(track, 40);
        week = fixtures.nextWeek();
        SignedIn.signIn(staff, Role.PROGRAM_DIRECTOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    SessionId group(DayOfWeek day, int hour) {
        return fixtures.session("GROUP_THERAPY", track, room, fixtures.facilitator(), week.day(day).atTime(hour, 0), null);
    }

    String name(ClientId client) {
        return clients.find(client).orElseThrow().displayName();
    }

    @Test
    void aDayTheClientDoesNotComeIsRefusedWithTheirNameAndTheReason() {
        ClientId client = fixtures.client("Availability");
        EpisodeId episode = fixtures.admit(client, track);
        availabilities.save(episode, null, new AvailabilityDetails(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                DayPart.DAY, List.of(new Availability.BlockedTime(DayOfWeek.WEDNESDAY, LocalTime.of(12, 0),
                        LocalTime.of(17, 0), "works")), null, null, null, List.of()));
        SessionId tuesday = group(DayOfWeek.TUESDAY, 10);
        SessionId wednesdayNoon = group(DayOfWeek.WEDNESDAY, 12);
        assertThatThrownBy(() -> bookings.book(tuesday, episode, BookingSource.MANUAL, "test"))
                .isInstanceOf(ConflictException.class)
                .hasMessage(name(client) + " is not available on Tuesdays (available Monday and Wednesday).");
        assertThatThrownBy(() -> bookings.book(wednesdayNoon, episode, BookingSource.OPTIMIZER, "test"))
                .isInstanceOf(ConflictException.class)
                .hasMessage(name(client) + " is not available on Wednesdays from 12:00 to 17:00 (works).");
        assertThat(bookings.book(group(DayOfWeek.WEDNESDAY, 10), episode, BookingSource.MANUAL, "test")).isNotNull();
        assertThat(bookings.book(tuesday, episode, BookingSource.CHECK_IN, "frontdesk"))
                .as("a walk-in at check-in is there already").isNotNull();
    }

    @Test
    void aBookingAboveNineteenCountedHoursIsRefused() {
        ClientId client = fixtures.client("Ceiling");
        EpisodeId episode = fixtures.admit(client, track);
        int booked = 0;
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            for (int hour = 8; hour < 13 && booked < 19; hour++, booked++) {
                bookings.book(group(day, hour), episode, BookingSource.MANUAL, "test");
            }
        }
        SessionId twentieth = group(DayOfWeek.FRIDAY, 10);
        assertThatThrownBy(() -> bookings.book(twentieth, episode, BookingSource.MANUAL, "test"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("would be booked for 20 hours in " + week + ", above the IOP ceiling of 19");
        assertThat(schedule.roster(twentieth)).isEmpty();
    }

    @Test
    void theSessionPageFindsAClientByRecordNumberBooksAndUnbooksThem() throws Exception {
        ClientId client = fixtures.client("Searchable");
        EpisodeId episode = fixtures.admit(client, track);
        SessionId session = group(DayOfWeek.THURSDAY, 11);
        String record = clients.find(client).orElseThrow().recordNumber();
        mvc.perform(get("/schedule/sessions/" + session + "?q=" + record)
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"episodeId\" value=\"" + episode + "\"")));
        for (int i = 0; i < 2; i++) { // a double click books once
            mvc.perform(post("/schedule/sessions/" + session + "/bookings").with(csrf())
                            .with(SignedIn.as(staff, Role.FRONT_DESK))
                            .param("episodeId", episode.toString()))
                    .andExpect(redirectedUrl("/schedule/sessions/" + session));
        }
        assertThat(schedule.roster(session)).extracting(BookedClient::client).containsExactly(client);
        assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'booking' "
                + "AND action = 'CREATE'", client.value())).as("booked once, audited once").isEqualTo(1);
        mvc.perform(get("/schedule/sessions/" + session).with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(content().string(containsString(record)))
                .andExpect(content().string(containsString("/sessions/" + session + "/attendance")));
        mvc.perform(post("/schedule/sessions/" + session + "/bookings/" + episode + "/cancel").with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(redirectedUrl("/schedule/sessions/" + session));
        assertThat(schedule.roster(session)).isEmpty();
        assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'booking' "
                + "AND action = 'UPDATE'", client.value())).isEqualTo(1);
    }

    @Test
    void aFullGroupIsRefusedOnThePageWithTheReason() throws Exception {
        SessionId session = fixtures.session("GROUP_THERAPY", track, room, fixtures.facilitator(),
                week.day(DayOfWeek.FRIDAY).atTime(9, 0), 1);
        bookings.book(session, fixtures.admit(fixtures.client("First"), track), BookingSource.MANUAL, "test");
        EpisodeId second = fixtures.admit(fixtures.client("Second"), track);
        mvc.perform(post("/schedule/sessions/" + session + "/bookings").with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK))
                        .param("episodeId", second.toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is full (1 of 1)")));
        assertThat(schedule.roster(session)).hasSize(1);
    }

    @Test
    void theChartsScheduleSectionOffersTheTracksOpenSessionsAndBooksFromThere() throws Exception {
        ClientId client = fixtures.client("Charted");
        fixtures.admit(client, track);
        SessionId open = group(DayOfWeek.MONDAY, 9);
        mvc.perform(get("/clients/" + client + "/schedule").header("HX-Request", "true")
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"sessionId\" value=\"" + open + "\"")));
        mvc.perform(post("/clients/" + client + "/schedule/bookings").with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK))
                        .param("sessionId", open.toString()))
                .andExpect(redirectedUrl("/clients/" + client + "/schedule"));
        assertThat(schedule.bookedBy(client, week)).extracting(SessionView::id).containsExactly(open);
        mvc.perform(get("/clients/" + client).with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(content().string(containsString("/clients/" + client + "/schedule")));
        mvc.perform(post("/clients/" + client + "/schedule/bookings/" + open + "/cancel").with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(redirectedUrl("/clients/" + client + "/schedule"));
        assertThat(schedule.bookedBy(client, week)).isEmpty();
    }
}
