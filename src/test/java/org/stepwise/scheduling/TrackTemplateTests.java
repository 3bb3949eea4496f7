package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.TrackPeriod;

/** The track template page: blocks checked in full with messages beside their fields, and the curriculum. */
@StepwiseTest
@AutoConfigureMockMvc
class TrackTemplateTests {

    private static final UUID GROUP = UUID.fromString("5e55101a-0000-4000-8000-000000000001");
    private static final UUID INDIVIDUAL = UUID.fromString("5e55101a-0000-4000-8000-000000000005");

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

    ScheduleFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ScheduleFixtures(jdbc, clock, admissions, planning, staff);
    }

    MockHttpServletRequestBuilder addBlock(TrackId track, String weekday, String start, UUID type, RoomId room,
            StaffId facilitator) {
        return post("/schedule/tracks/" + track + "/blocks").with(csrf())
                .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR))
                .param("weekday", weekday).param("startsAt", start).param("typeId", type.toString())
                .param("roomId", room == null ? "" : room.value().toString())
                .param("facilitatorId", facilitator.value().toString()).param("rotatesTopic", "true");
    }

    long blocks(TrackId track) {
        return fixtures.count("SELECT count(*) FROM track_template_block WHERE track_id = ?", track.value());
    }

    @Test
    void aDirectorAddsABlockAndSeesItInTheTrackWeek() throws Exception {
        TrackId track = fixtures.track(TrackPeriod.DAY);
        RoomId room = fixtures.room(track, 12);
        StaffId facilitator = fixtures.facilitator();
        for (int i = 0; i < 2; i++) { // a double click adds one block
            mvc.perform(addBlock(track, "1", "10:00", GROUP, room, facilitator))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/schedule/tracks/" + track + "/template"));
        }
        mvc.perform(get("/schedule/tracks/" + track + "/template")
                        .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Monday")))
                .andExpect(content().string(containsString("10:00–10:50")))
                .andExpect(content().string(containsString("Group therapy")))
                .andExpect(content().string(containsString(fixtures.nameOf(facilitator))))
                .andExpect(content().string(not(containsString("??"))));
        assertThat(blocks(track)).isEqualTo(1);
    }

    @Test
    void timesOffTheQuarterHourOrOutsideTheTracksPartOfTheDayAreRefusedBesideTheField() throws Exception {
        TrackId day = fixtures.track(TrackPeriod.DAY);
        TrackId evening = fixtures.track(TrackPeriod.EVENING);
        StaffId facilitator = fixtures.facilitator();
        mvc.perform(addBlock(day, "1", "10:10", GROUP, fixtures.room(day, 12), facilitator))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"startsAt-error\"")))
                .andExpect(content().string(containsString("Start on the quarter hour")));
        mvc.perform(addBlock(day, "1", "18:00", GROUP, fixtures.room(day, 12), facilitator))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("A day track&#39;s sessions start before 17:00")));
        mvc.perform(addBlock(evening, "1", "16:00", GROUP, fixtures.room(evening, 12), facilitator))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("start at 17:00 or later")));
        mvc.perform(addBlock(day, "1", "ten o&#39;clock", GROUP, fixtures.room(day, 12), facilitator))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter a time as hh:mm")));
        assertThat(blocks(day) + blocks(evening)).isZero();
    }

    @Test
    void theRoomMustBeAtTheTracksSiteAndSeatTheCap() throws Exception {
        TrackId track = fixtures.track(TrackPeriod.DAY);
        StaffId facilitator = fixtures.facilitator();
        RoomId elsewhere = fixtures.room(fixtures.otherSite(), 20);
        mvc.perform(addBlock(track, "2", "10:00", GROUP, elsewhere, facilitator))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"room-error\"")))
                .andExpect(content().string(containsString("is at another site")));
        RoomId small = fixtures.room(track, 6);
        mvc.perform(addBlock(track, "2", "10:00", GROUP, small, facilitator).param("cap", "10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("seats 6; lower the cap to 6 or choose a bigger room")));
        mvc.perform(addBlock(track, "2", "10:00", INDIVIDUAL, small, facilitator).param("cap", "3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"cap-error\"")))
                .andExpect(content().string(containsString("holds one client")));
        assertThat(blocks(track)).isZero();
        // Without a cap of its own a block takes the type's, lowered to what the room seats.
        mvc.perform(addBlock(track, "2", "10:00", GROUP, small, facilitator)).andExpect(status().is3xxRedirection());
        assertThat(templates.template(track).blocks().getFirst().effectiveCap()).isEqualTo(6);
    }

    @Test
    void theFacilitatorMustFacilitateAndNotBeElsewhereThen() throws Exception {
        TrackId track = fixtures.track(TrackPeriod.DAY);
        TrackId other = fixtures.track(TrackPeriod.DAY);
        StaffId frontDesk = fixtures.staff(Role.FRONT_DESK, "Desk");
        mvc.perform(addBlock(track, "3", "10:00", GROUP, fixtures.room(track, 12), frontDesk))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"facilitator-error\"")))
                .andExpect(content().string(containsString("is a front desk, who does not facilitate sessions")));
        StaffId busy = fixtures.facilitator();
        mvc.perform(addBlock(other, "3", "10:30", GROUP, fixtures.room(other, 12), busy))
                .andExpect(status().is3xxRedirection());
        mvc.perform(addBlock(track, "3", "10:00", GROUP, fixtures.room(track, 12), busy))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("already facilitates a block on Wednesdays 10:30–11:20")));
        mvc.perform(addBlock(track, "3", "11:30", GROUP, fixtures.room(track, 12), busy))
                .andExpect(status().is3xxRedirection());
        assertThat(blocks(track)).isEqualTo(1);
    }

    @Test
    void aRoomHoldsOneBlockAtATimeAcrossTracks() throws Exception {
        TrackId track = fixtures.track(TrackPeriod.EVENING);
        TrackId other = fixtures.track(TrackPeriod.EVENING);
        RoomId room = fixtures.room(track, 12);
        mvc.perform(addBlock(other, "4", "18:00", GROUP, room, fixtures.facilitator()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(addBlock(track, "4", "18:15", GROUP, room, fixtures.facilitator()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("is already taken on Thursdays 18:00–18:50")));
        assertThat(blocks(track)).isZero();
    }

    @Test
    void anEditOfAStaleVersionIsRefusedWithTheSavedBlockShownAndNothingChanged() throws Exception {
        TrackId track = fixtures.track(TrackPeriod.DAY);
        RoomId room = fixtures.room(track, 12);
        StaffId facilitator = fixtures.facilitator();
        mvc.perform(addBlock(track, "5", "09:00", GROUP, room, facilitator)).andExpect(status().is3xxRedirection());
        TemplateBlock block = templates.template(track).blocks().getFirst();
        String path = "/schedule/tracks/" + track + "/blocks/" + block.id();
        mvc.perform(post(path).with(csrf()).with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR))
                        .param("version", "0").param("weekday", "5").param("startsAt", "11:00")
                        .param("typeId", GROUP.toString()).param("roomId", room.value().toString())
                        .param("facilitatorId", facilitator.value().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path).with(csrf()).with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR))
                        .param("version", "0").param("weekday", "5").param("startsAt", "12:00")
                        .param("typeId", GROUP.toString()).param("roomId", room.value().toString())
                        .param("facilitatorId", facilitator.value().toString()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this block")))
                .andExpect(content().string(containsString("data-testid=\"saved-version\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(templates.template(track).blocks().getFirst().startsAt()).hasToString("11:00");
    }

    @Test
    void aDeactivatedBlockStaysListedAndCanComeBackUnlessItNowClashes() throws Exception {
        TrackId track = fixtures.track(TrackPeriod.DAY);
        RoomId room = fixtures.room(track, 12);
        StaffId facilitator = fixtures.facilitator();
        mvc.perform(addBlock(track, "1", "14:00", GROUP, room, facilitator)).andExpect(status().is3xxRedirection());
        TemplateBlock block = templates.template(track).blocks().getFirst();
        String path = "/schedule/tracks/" + track + "/blocks/" + block.id();
        for (int i = 0; i < 2; i++) { // a second click changes nothing
            mvc.perform(post(path + "/deactivate").with(csrf())
                            .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)).param("version", "0"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(templates.template(track).activeBlocks()).isEmpty();
        mvc.perform(addBlock(track, "1", "14:15", GROUP, fixtures.room(track, 12), facilitator))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path + "/reactivate").with(csrf())
                        .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)).param("version", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Not reactivated")))
                .andExpect(content().string(containsString("already facilitates")));
        assertThat(templates.template(track).activeBlocks()).hasSize(1);
    }

    @Test
    void theCurriculumIsEditedInOrderAndAStaleMoveChangesNothing() throws Exception {
        TrackId track = fixtures.track(TrackPeriod.DAY);
        for (String topic : List.of("Emotional regulation", "Relapse prevention", "Stress management",
                "Relapse prevention")) {
            mvc.perform(post("/schedule/tracks/" + track + "/topics").with(csrf())
                            .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)).param("title", topic))
                    .andExpect(status().is3xxRedirection());
        }
        List<CurriculumTopic> topics = templates.template(track).topics();
        assertThat(topics).extracting(CurriculumTopic::title)
                .as("adding a topic twice adds it once").containsExactly("Emotional regulation", "Relapse prevention",
                        "Stress management");
        String stress = "/schedule/tracks/" + track + "/topics/" + topics.get(2).id();
        mvc.perform(post(stress + "/move").with(csrf())
                        .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR))
                        .param("position", "3").param("direction", "up"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(stress + "/move").with(csrf())
                        .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR))
                        .param("position", "3").param("direction", "up"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The curriculum changed after you opened it")));
        assertThat(templates.template(track).topics()).extracting(CurriculumTopic::title)
                .containsExactly("Emotional regulation", "Stress management", "Relapse prevention");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/schedule/tracks/" + track + "/topics/" + topics.getFirst().id() + "/remove").with(csrf())
                            .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(templates.template(track).topics()).extracting(CurriculumTopic::position).containsExactly(1, 2);
        mvc.perform(post("/schedule/tracks/" + track + "/topics").with(csrf())
                        .with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)).param("title", "<b>x</b>"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"title-error\"")));
    }

    @Test
    void theTrackListLinksEachTemplateForPlannersOnly() throws Exception {
        TrackId track = fixtures.track(TrackPeriod.DAY);
        mvc.perform(get("/tracks").with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(content().string(containsString("/schedule/tracks/" + track + "/template")));
        mvc.perform(get("/tracks").with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/template"))));
    }
}
