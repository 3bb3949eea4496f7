package org.stepwise.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDeactivated;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import org.stepwise.SignedIn;

/**
 * A staff member's feed of the sessions they facilitate: valid, naming sessions, rooms and how many are booked, never
 * a client; made only by its holder, revocable by an administrator, and dead once the account is deactivated.
 */
@StepwiseTest
@AutoConfigureMockMvc
class StaffFeedTests {

    private static final String OWN = "/account/calendar-feed";

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

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    FeedFixtures fixtures;
    FeedRequests requests;
    FeedFixtures.Week week;
    StaffMember facilitator;

    @BeforeEach
    void aFacilitatorsWeek() {
        fixtures = new FeedFixtures(jdbc, clock, staff, admissions, planning, bookings);
        requests = new FeedRequests(mvc);
        week = fixtures.week();
        facilitator = week.facilitator();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFeedIsValidAndNamesSessionsRoomsAndHowManyAreBookedButNoClient() throws Exception {
        fixtures.cancel(week.cancelled(), "Robin " + week.clientFamily() + " asked to stop");
        String token = requests.create(OWN, SignedIn.as(facilitator));
        String feed = requests.fetchOk(token);
        Map<String, VEvent> events = ICal.byUid(ICal.parseAndValidate(feed));

        assertThat(events.keySet()).containsExactlyInAnyOrder(uid(week.group()), uid(week.individual()),
                uid(week.moved()), uid(week.cancelled()), uid(week.past()));
        VEvent group = events.get(uid(week.group()));
        assertThat(ICal.value(group, Property.SUMMARY)).isEqualTo(week.titles().getFirst());
        assertThat(ICal.value(group, Property.LOCATION)).isEqualTo(week.siteName() + ", " + week.roomName());
        assertThat(ICal.value(group, Property.DESCRIPTION)).isEqualTo("Group therapy, " + week.trackName()
                + ". 2 of 12 booked.");
        VEvent individual = events.get(uid(week.individual()));
        assertThat(ICal.value(individual, Property.SUMMARY)).as("the title names the client; the type does not")
                .isEqualTo("Individual therapy");
        assertThat(ICal.value(individual, Property.LOCATION)).isEqualTo("Telehealth");
        assertThat(ICal.value(individual, Property.DESCRIPTION)).isEqualTo("Individual therapy. 1 of 1 booked.");
        assertThat(ICal.value(events.get(uid(week.cancelled())), Property.STATUS)).isEqualTo("CANCELLED");

        List<String> names = new ArrayList<>(List.of(week.clientFamily(), week.otherFamily(), "Robin"));
        for (SessionId session : List.of(week.group(), week.individual(), week.moved(), week.past())) {
            schedule.roster(session).forEach(booked -> names.add(booked.displayName()));
        }
        String unfolded = feed.replace("\r\n ", "");
        for (String name : names) {
            assertThat(unfolded).as("the staff feed names %s", name).doesNotContainIgnoringCase(name);
        }
    }

    @Test
    void onlyItsHolderMakesAStaffFeedAndAnAdministratorMayRevokeIt() throws Exception {
        String token = requests.create(OWN, SignedIn.as(facilitator));
        String adminPage = "/admin/staff/" + facilitator.id() + "/calendar-feed";
        var admin = fixtures.as(Role.ADMINISTRATOR);

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(adminPage)
                .with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Live since").contains("Revoke the feed").doesNotContain("Replace with a new address")
                .doesNotContain(token);
        StaffMember administrator = staff.activeWithRole(Role.ADMINISTRATOR).getFirst();
        SignedIn.signIn(administrator);
        assertThatThrownBy(() -> feeds.create(new FeedOwner.OfStaff(facilitator.id()), null))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThat(requests.fetch(token).getStatus()).isEqualTo(200);

        var refused = requests.post(adminPage + "/revoke", requests.current(OWN, SignedIn.as(facilitator)),
                fixtures.as(Role.CLINICIAN));
        assertThat(refused.getStatus()).isEqualTo(403);
        var revoked = requests.post(adminPage + "/revoke", requests.current(adminPage, admin), admin);
        assertThat(revoked.getStatus()).isEqualTo(302);
        assertThat(requests.fetch(token).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject = ? AND detail LIKE 'by an administrator:%'")
                .param("staff " + facilitator.username()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDeactivatedAccountsFeedStopsAtOnce() throws Exception {
        StaffMember leaving = fixtures.newStaff(Role.NURSE, "Leaving Nurse");
        String token = requests.create(OWN, SignedIn.as(leaving));
        assertThat(requests.fetch(token).getStatus()).isEqualTo(200);

        SignedIn.signIn(staff.activeWithRole(Role.ADMINISTRATOR).getFirst());
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE staff SET active = FALSE WHERE id = ?").param(leaving.id().value()).update();
            events.publishEvent(new StaffDeactivated(leaving.id(), leaving.username()));
        });
        assertThat(requests.fetch(token).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE staff_id = ? AND revoked_at IS NULL")
                .param(leaving.id().value()).query(Long.class).single()).isZero();
    }

    private static String uid(SessionId session) {
        return session + "@stepwise";
    }
}
