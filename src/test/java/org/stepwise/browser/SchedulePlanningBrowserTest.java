package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.episodes.Admissions;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.ScheduleFixtures;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.TrackPeriod;

/**
 * Issue 4's planning path as a program director walks it: a block added to a track's week, next week generated from
 * the template, the session found in the week view, a client booked into it, the session moved to another room, and
 * the client told.
 */
class SchedulePlanningBrowserTest extends BrowserTest {

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
    ClientRegistry clients;

    @Test
    void aDirectorPlansAWeekMovesASessionAndTheBookedClientIsTold() {
        ScheduleFixtures fixtures = new ScheduleFixtures(jdbc, clock, admissions, planning, staff);
        TrackId track = fixtures.track(TrackPeriod.DAY);
        String trackName = jdbc.sql("SELECT name FROM track WHERE id = ?").param(track.value()).query(String.class).single();
        RoomId first = fixtures.room(track, 12);
        RoomId second = fixtures.room(track, 14);
        String firstName = roomName(first);
        String secondName = roomName(second);
        StaffId facilitator = fixtures.facilitator();
        String facilitatorName = fixtures.nameOf(facilitator);
        ClientId client = fixtures.client("Brightwater");
        fixtures.admit(client, track);
        String record = clients.find(client).orElseThrow().recordNumber();
        String clientName = clients.find(client).orElseThrow().displayName();
        IsoWeek next = fixtures.nextWeek();

        signIn("director");

        // The track's week: one block on Tuesdays at 10:00
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Tracks")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Week template of " + trackName)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a block")).click();
        page.locator("#weekday").selectOption("2");
        page.getByLabel("Starts at").fill("10:00");
        page.getByLabel("Session type").selectOption(new SelectOption().setLabel("Group therapy (50 min, cap 12)"));
        page.getByLabel("Room").selectOption(new SelectOption().setLabel(firstName + " (seats 12)"));
        page.getByLabel("Facilitator").selectOption(new SelectOption().setLabel(facilitatorName + " (Clinician)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        Locator blocks = page.locator("#blocks");
        assertThat(blocks).containsText("Tuesday");
        assertThat(blocks).containsText("10:00–10:50");
        assertThat(blocks).containsText(facilitatorName);
        screenshot("schedule-template");

        // Next week, generated from the templates
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schedule")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next week →")).click();
        page.locator("#trackId").selectOption(track.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate " + next + " from the templates")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("1 session(s) added");
        Locator session = page.locator("li[data-session]", new Page.LocatorOptions().setHasText(firstName));
        assertThat(session).containsText("Group therapy");
        assertThat(session).containsText("10:00–10:50");
        assertThat(session).containsText("0 of 12 booked");
        assertThat(page.locator(".week-day", new Page.LocatorOptions().setHas(session))).containsText("Tuesday");
        screenshot("schedule-week");

        // The client is booked into it from the session page
        session.getByRole(AriaRole.LINK).click();
        page.getByLabel("Name or record number").fill(record);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book " + clientName)).click();
        assertThat(page.locator("#roster")).containsText(record);

        // Moved to another room: everyone booked is told
        page.getByLabel("Another room").selectOption(new SelectOption().setLabel(secondName + " (seats 14)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to this room")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Changed");
        assertThat(page.locator("#room")).hasText(secondName);
        assertThat(page.locator("#history")).containsText("moved to " + secondName);
        assertThat(page.locator("#history")).containsText("1 client(s), 1 staff");
        screenshot("schedule-session-moved");

        page.navigate("/clients/" + client + "/schedule");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Tuesday");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Group therapy moved to " + secondName);
        screenshot("schedule-client-notice");
    }

    private String roomName(RoomId room) {
        return jdbc.sql("SELECT name FROM room WHERE id = ?").param(room.value()).query(String.class).single();
    }
}
