package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.TrackPeriod;

/**
 * One-off changes on the session page: each checked like a block, guarded by the version, told to everyone booked and
 * to the facilitators concerned, announced as {@link SessionChanged}, and shown as notices.
 */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SessionChangesTests {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMM HH:mm", Locale.ENGLISH);

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
    ApplicationEvents events;

    @Autowired
    SessionChanges sessionChanges;

    ScheduleFixtures fixtures;
    TrackId track;
    RoomId room;
    StaffId facilitator;
    SessionView session;
    List<ClientId> clients;

    @BeforeEach
    void aGroupWithTwoClientsNextTuesday() {
        fixtures = new ScheduleFixtures(jdbc, clock, admissions, planning, staff);
        track = fixtures.track(TrackPeriod.DAY);
        room = fixtures.room(track, 12);
        facilitator = fixtures.facilitator();
        LocalDateTime start = fixtures.nextWeek().day(DayOfWeek.TUESDAY).atTime(10, 0);
        session = schedule.get(fixtures.session("GROUP_THERAPY", track, room, facilitator, start, 10));
        clients = List.of(fixtures.client("Told"), fixtures.client("Told"));
        SignedIn.signIn(staff, Role.PROGRAM_DIRECTOR);
        for (ClientId client : clients) {
            bookings.book(session.id(), fixtures.admit(client, track), BookingSource.MANUAL, "test");
        }
        SecurityContextHolder.clearContext();
    }

    MockHttpServletRequestBuilder change(String what, int version) {
        return post("/schedule/sessions/" + session.id() + "/" + what).with(csrf())
                .with(SignedIn.as(staff, Role.FRONT_DESK))
                .param("version", String.valueOf(version));
    }

    long notices(String message) {
        return fixtures.count("SELECT count(*) FROM session_notice WHERE session_id = ? AND message = ?",
                session.id().value(), message);
    }

    @Test
    void movingToAnotherRoomTellsEveryoneBookedAndTheFacilitator() throws Exception {
        RoomId three = fixtures.room(track, 12);
        String roomName = jdbc.sql("SELECT name FROM room WHERE id = ?").param(three.value()).query(String.class).single();
        mvc.perform(change("room", session.version()).param("roomId", three.value().toString()))
                .andExpect(status().is3xxRedirection());
        String message = session.localStart().format(WHEN) + " " + session.title() + " moved to " + roomName;
        assertThat(schedule.get(session.id()).roomName()).isEqualTo(roomName);
        assertThat(fixtures.count("SELECT count(*) FROM session_notice WHERE session_id = ? AND client_id IS NOT NULL "
                + "AND message = ?", session.id().value(), message)).isEqualTo(2);
        assertThat(fixtures.count("SELECT count(*) FROM session_notice WHERE session_id = ? AND staff_id = ? "
                + "AND message = ?", session.id().value(), facilitator.value(), message)).isEqualTo(1);
        assertThat(events.stream(SessionChanged.class).filter(e -> e.session().equals(session.id())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.change()).isEqualTo(SessionChange.ROOM);
                    assertThat(e.clientsTold()).containsExactlyInAnyOrderElementsOf(clients);
                    assertThat(e.message()).isEqualTo(message);
                });
        mvc.perform(get("/schedule/sessions/" + session.id())
                        .with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("2 client(s), 1 staff")));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothingWhileARepeatOfTheSameChangeIsQuiet() throws Exception {
        RoomId other = fixtures.room(track, 12);
        mvc.perform(change("room", session.version()).param("roomId", other.value().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(change("room", session.version()).param("roomId", other.value().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(change("cancel", session.version()).param("reason", "public holiday"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this session after you opened it")));
        assertThat(schedule.get(session.id()).cancelled()).isFalse();
        assertThat(fixtures.count("SELECT count(*) FROM session_notice WHERE session_id = ? AND staff_id IS NOT NULL",
                session.id().value())).as("one change, one notice to the facilitator").isEqualTo(1);
    }

    @Test
    void twoPeopleMovingTheSameSessionAtOnceGiveOneMoveAndOneConflict() throws Exception {
        List<RoomId> rooms = List.of(fixtures.room(track, 12), fixtures.room(track, 12));
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<SessionView>> results = new java.util.ArrayList<>();
            for (RoomId target : rooms) {
                results.add(pool.submit(() -> {
                    go.await();
                    return sessionChanges.changeRoom(session.id(), session.version(), target.value());
                }));
            }
            go.countDown();
            int moved = 0;
            int refused = 0;
            for (var result : results) {
                try {
                    result.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    moved++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(org.stepwise.shared.ConflictException.class);
                    refused++;
                }
            }
            assertThat(moved).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rooms).contains(schedule.get(session.id()).room());
        assertThat(fixtures.count("SELECT count(*) FROM session_notice WHERE session_id = ? AND staff_id IS NOT NULL",
                session.id().value())).isEqualTo(1);
    }

    @Test
    void aRoomTooSmallOrTakenIsRefusedBesideTheField() throws Exception {
        RoomId small = fixtures.room(track, 8);
        mvc.perform(change("room", session.version()).param("roomId", small.value().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"room.room-error\"")))
                .andExpect(content().string(containsString("seats 8; this session&#39;s cap is 10")));
        RoomId taken = fixtures.room(track, 12);
        fixtures.session("GROUP_THERAPY", fixtures.track(TrackPeriod.DAY), taken, fixtures.facilitator(),
                session.localStart().plusMinutes(30), null);
        mvc.perform(change("room", session.version()).param("roomId", taken.value().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is taken by")));
        assertThat(schedule.get(session.id()).room()).isEqualTo(room);
        assertThat(notices("%")).isZero();
    }

    @Test
    void aSubstituteMustBeFreeAndBothFacilitatorsAreTold() throws Exception {
        StaffId busy = fixtures.facilitator();
        fixtures.session("INDIVIDUAL", fixtures.track(TrackPeriod.DAY), fixtures.room(track, 2), busy,
                session.localStart(), null);
        mvc.perform(change("facilitator", session.version()).param("facilitatorId", busy.value().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("already facilitates")));
        StaffId substitute = fixtures.facilitator();
        mvc.perform(change("facilitator", session.version()).param("facilitatorId", substitute.value().toString()))
                .andExpect(status().is3xxRedirection());
        String message = session.localStart().format(WHEN) + " " + session.title() + ": "
                + fixtures.nameOf(substitute) + " facilitates instead of " + fixtures.nameOf(facilitator);
        assertThat(fixtures.count("SELECT count(*) FROM session_notice WHERE message = ? AND staff_id IN (?, ?)",
                message, facilitator.value(), substitute.value())).isEqualTo(2);

        // The substitute's Today page counts it, the notices page lists it, and reading it clears the count.
        mvc.perform(get("/").with(SignedIn.as(fixtures.member(substitute))))
                .andExpect(content().string(containsString("Changes to your sessions")));
        String page = mvc.perform(get("/schedule/notices").with(SignedIn.as(fixtures.member(substitute))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andReturn().getResponse().getContentAsString();
        String upTo = page.replaceAll("(?s).*name=\"upTo\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(post("/schedule/notices/read").with(csrf()).with(SignedIn.as(fixtures.member(substitute)))
                        .param("upTo", upTo))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("SELECT count(*) FROM session_notice WHERE staff_id = ? AND read_at IS NULL",
                substitute.value())).isZero();
        mvc.perform(post("/schedule/notices/read").with(csrf()).with(SignedIn.as(fixtures.member(substitute))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void movingInTheWeekChecksTheTrackTimesAndTheBookedClients() throws Exception {
        String date = session.day().toString();
        mvc.perform(change("time", session.version()).param("date", date).param("startsAt", "18:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("A day track&#39;s sessions start before 17:00")));
        mvc.perform(change("time", session.version()).param("date", session.day().plusDays(7).toString())
                        .param("startsAt", "10:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Move the session within its week")));
        // One of the clients is booked into another session on Wednesday at 10:00.
        SignedIn.signIn(staff, Role.PROGRAM_DIRECTOR);
        SessionView other = schedule.get(fixtures.session("GROUP_THERAPY", track, fixtures.room(track, 12),
                fixtures.facilitator(), session.localStart().plusDays(1), null));
        bookings.book(other.id(), fixtures.admit(fixtures.client("Elsewhere"), track), BookingSource.MANUAL, "test");
        var episode = schedule.roster(session.id()).getFirst().episode();
        bookings.book(other.id(), episode, BookingSource.MANUAL, "test");
        SecurityContextHolder.clearContext();
        mvc.perform(change("time", session.version()).param("date", session.day().plusDays(1).toString())
                        .param("startsAt", "10:15"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is booked into")));
        mvc.perform(change("time", session.version()).param("date", session.day().plusDays(1).toString())
                        .param("startsAt", "13:00"))
                .andExpect(status().is3xxRedirection());
        SessionView moved = schedule.get(session.id());
        assertThat(moved.localStart()).isEqualTo(session.localStart().plusDays(1).withHour(13));
        assertThat(moved.week()).isEqualTo(session.week());
        assertThat(notices(session.localStart().format(WHEN) + " " + session.title() + " moved to "
                + moved.localStart().format(WHEN))).isEqualTo(3);
    }

    @Test
    void cancellingNeedsAReasonAndAfterwardsNothingElseChanges() throws Exception {
        mvc.perform(change("cancel", session.version()).param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"cancel.reason-error\"")));
        mvc.perform(change("cancel", session.version()).param("reason", "public holiday"))
                .andExpect(status().is3xxRedirection());
        SessionView cancelled = schedule.get(session.id());
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("public holiday");
        assertThat(notices(session.localStart().format(WHEN) + " " + session.title()
                + " is cancelled (public holiday)")).isEqualTo(3);
        mvc.perform(change("room", cancelled.version()).param("roomId", fixtures.room(track, 12).value().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("was cancelled")));
        mvc.perform(change("cancel", session.version()).param("reason", "public holiday"))
                .andExpect(status().is3xxRedirection());
        assertThat(events.stream(SessionChanged.class).filter(e -> e.session().equals(session.id()))).hasSize(1);
    }
}
