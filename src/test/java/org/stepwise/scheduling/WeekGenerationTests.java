package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
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
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.TrackPeriod;

/** Generating a week from the templates, and the week as the pages and the API show it. */
@StepwiseTest
@AutoConfigureMockMvc
class WeekGenerationTests {

    private static final UUID GROUP = UUID.fromString("5e55101a-0000-4000-8000-000000000001");
    private static final UUID CBT = UUID.fromString("5e55101a-0000-4000-8000-000000000003");

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
    TrackTemplates templates;

    @Autowired
    WeekGeneration generation;

    @Autowired
    Schedule schedule;

    @Autowired
    Bookings bookings;

    @Autowired
    SessionChanges changes;

    ScheduleFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ScheduleFixtures(jdbc, clock, admissions, planning, staff);
        SignedIn.signIn(staff, Role.PROGRAM_DIRECTOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A day track with three rotating blocks (Mon, Wed, Thu 10:00) and one process group that keeps its title. */
    TrackId trackWithTemplate(List<String> topics) {
        TrackId track = fixtures.track(TrackPeriod.DAY);
        RoomId room = fixtures.room(track, 12);
        StaffId facilitator = fixtures.facilitator();
        for (int day : List.of(1, 3, 4)) {
            templates.addBlock(track, new BlockDetails(day, LocalTime.of(10, 0), CBT, room.value(),
                    facilitator.value(), null, true));
        }
        templates.addBlock(track, new BlockDetails(1, LocalTime.of(11, 0), GROUP, room.value(), facilitator.value(),
                null, false));
        topics.forEach(topic -> templates.addTopic(track, topic));
        return track;
    }

    List<SessionView> sessionsOf(TrackId track, IsoWeek week) {
        return schedule.week(week, null).stream().filter(s -> track.equals(s.track())).toList();
    }

    @Test
    void aWeekGetsOneSessionPerActiveBlockTitledWithTheRotatingCurriculum() {
        TrackId track = trackWithTemplate(List.of("Emotional regulation", "Relapse prevention", "Communication",
                "Stress management", "Interpersonal skills"));
        IsoWeek week = fixtures.nextWeek();
        WeekGeneration.Result result = generation.generate(week, track);
        assertThat(result.created()).isEqualTo(4);
        List<SessionView> sessions = sessionsOf(track, week);
        assertThat(sessions).hasSize(4);
        SessionView monday = sessions.getFirst();
        assertThat(monday.day()).isEqualTo(week.day(DayOfWeek.MONDAY));
        assertThat(monday.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(monday.cap()).isEqualTo(12);
        List<String> rotating = sessions.stream().filter(s -> s.typeCode().equals("CBT_SKILLS")).map(SessionView::title)
                .toList();
        assertThat(rotating).allMatch(t -> t.startsWith("CBT skills group: ")).doesNotHaveDuplicates();
        assertThat(sessions.stream().filter(s -> s.typeCode().equals("GROUP_THERAPY")).map(SessionView::title))
                .containsExactly("Group therapy");
    }

    @Test
    void generatingTheSameWeekAgainAddsNothingAndKeepsChangedSessionsAsTheyAre() {
        TrackId track = trackWithTemplate(List.of("Emotional regulation", "Relapse prevention"));
        IsoWeek week = fixtures.nextWeek();
        generation.generate(week, track);
        SessionView first = sessionsOf(track, week).getFirst();
        changes.cancel(first.id(), first.version(), "public holiday");
        // The block moves to 12:00 afterwards: its session this week was generated already.
        TemplateBlock block = templates.template(track).blocks().getFirst();
        templates.updateBlock(track, block.id(), block.version(), new BlockDetails(1, LocalTime.of(12, 0),
                block.typeId(), block.room().value(), block.facilitator().value(), null, true));
        WeekGeneration.Result again = generation.generate(week, track);
        assertThat(again.created()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(4);
        assertThat(sessionsOf(track, week)).hasSize(4).filteredOn(SessionView::cancelled).hasSize(1);
        assertThat(generation.generate(week.next(), track).created()).isEqualTo(4);
        assertThat(sessionsOf(track, week.next()).getFirst().startTime()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void consecutiveWeeksContinueTheCurriculum() {
        List<String> topics = List.of("Emotional regulation", "Relapse prevention", "Communication",
                "Stress management", "Interpersonal skills");
        TrackId track = trackWithTemplate(topics);
        IsoWeek week = fixtures.nextWeek();
        generation.generate(week, track);
        generation.generate(week.next(), track);
        List<String> run = new java.util.ArrayList<>();
        for (IsoWeek w : List.of(week, week.next())) {
            sessionsOf(track, w).stream().filter(s -> s.typeCode().equals("CBT_SKILLS"))
                    .map(s -> s.title().substring("CBT skills group: ".length())).forEach(run::add);
        }
        int first = topics.indexOf(run.getFirst());
        for (int i = 0; i < run.size(); i++) {
            assertThat(run.get(i)).isEqualTo(topics.get((first + i) % topics.size()));
        }
    }

    @Test
    void aBlockWhoseSessionWouldClashIsLeftOutAndNamed() {
        TrackId track = trackWithTemplate(List.of());
        IsoWeek week = fixtures.nextWeek();
        TemplateBlock monday = templates.template(track).blocks().getFirst();
        fixtures.session("INDIVIDUAL", fixtures.track(TrackPeriod.DAY), fixtures.room(track, 2), monday.facilitator(),
                week.day(DayOfWeek.MONDAY).atTime(10, 30), null);
        WeekGeneration.Result result = generation.generate(week, track);
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.skipped()).hasSize(2)
                .allMatch(s -> s.contains(monday.facilitatorName() + " facilitates"));
    }

    @Test
    void aWeekThatIsOverIsNotGenerated() {
        TrackId track = trackWithTemplate(List.of());
        IsoWeek past = IsoWeek.containing(LocalDate.now(clock)).previous();
        assertThatThrownBy(() -> generation.generate(past, track)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("is over");
    }

    @Test
    void theWeekPageShowsEachDaysSessionsWithRoomFacilitatorAndSeatsAndMarksFullAndCancelled() throws Exception {
        TrackId track = trackWithTemplate(List.of("Relapse prevention"));
        IsoWeek week = fixtures.nextWeek();
        mvc.perform(post("/schedule/weeks/" + week + "/generate").with(csrf())
                        .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR))
                        .param("trackId", track.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/schedule/weeks/" + week));
        SignedIn.signIn(staff, Role.PROGRAM_DIRECTOR); // MockMvc cleared this thread's sign-in
        List<SessionView> sessions = sessionsOf(track, week);
        SessionView cancelled = sessions.get(1);
        changes.cancel(cancelled.id(), cancelled.version(), "staff training");
        SessionView full = sessions.get(2);
        jdbc.sql("UPDATE session SET cap = 1 WHERE id = ?").param(full.id().value()).update();
        ClientId client = fixtures.client("Weekview");
        EpisodeId episode = fixtures.admit(client, track);
        bookings.book(full.id(), episode, BookingSource.MANUAL, "test");

        String page = mvc.perform(get("/schedule/weeks/" + week)
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("??"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("CBT skills group: Relapse prevention", sessions.getFirst().roomName(),
                sessions.getFirst().facilitatorName(), "0 of 12 booked", "1 of 1 booked", ">Full<",
                "<del>" + cancelled.title() + "</del>", "Cancelled: staff training",
                "/schedule/weeks/" + week.previous(), "/schedule/weeks/" + week.next());
        assertThat(page).as("front desk does not plan").doesNotContain("/generate");
        mvc.perform(get("/schedule").with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(redirectedUrl("/schedule/weeks/" + IsoWeek.containing(LocalDate.now(clock))));
        mvc.perform(get("/schedule/weeks/2026-W99").with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theApiListsTheWeekAndOneSessionWithItsClients() throws Exception {
        TrackId track = trackWithTemplate(List.of());
        IsoWeek week = fixtures.nextWeek();
        generation.generate(week, track);
        SessionView monday = sessionsOf(track, week).getFirst();
        ClientId client = fixtures.client("Apiweek");
        bookings.book(monday.id(), fixtures.admit(client, track), BookingSource.MANUAL, "test");
        String site = fixtures.siteOf(track).toString();
        mvc.perform(get("/api/v1/schedule/weeks/" + week + "?site=" + site)
                        .with(SignedIn.as(staff, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.week").value(week.toString()))
                .andExpect(jsonPath("$.sessions[?(@.id == '" + monday.id() + "')].start").value("10:00"))
                .andExpect(jsonPath("$.sessions[?(@.id == '" + monday.id() + "')].booked").value(1))
                .andExpect(jsonPath("$.sessions[0].clients").doesNotExist());
        mvc.perform(get("/api/v1/sessions/" + monday.id())
                        .with(SignedIn.as(staff, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(monday.title()))
                .andExpect(jsonPath("$.cap").value(12))
                .andExpect(jsonPath("$.clients[0].clientId").value(client.toString()));
        assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'session roster'",
                client.value())).isEqualTo(1);
        mvc.perform(get("/api/v1/schedule/weeks/next-week")
                        .with(SignedIn.as(staff, Role.CLINICIAN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("week"));
        mvc.perform(get("/api/v1/session-types").with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'INDIVIDUAL')].cap").value(1));
    }
}
