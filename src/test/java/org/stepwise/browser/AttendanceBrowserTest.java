package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.BookingSource;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.NewSession;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * Issue 4's check-in as the front desk does it: today's group of four, booked beforehand; two present, one late by
 * 20 minutes (30 attended), one who did not come; then a client's week shows the hours just attended.
 */
class AttendanceBrowserTest extends BrowserTest {

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

    @Test
    void theFrontDeskChecksInAGroupAndAClientsWeekShowsTheHoursAttended() {
        String title = "Coping skills " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, EpisodeId> group = aGroupBookedForToday(title, List.of("Ashdown", "Bellweather", "Carrow", "Dunmore"));

        signIn("frontdesk");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Sessions to check in today")))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(title);
        assertThat(page.locator("#progress")).hasText("0 of 4 checked in");

        checkIn(group.get("Ashdown"), "Robin Ashdown", "Present", null);
        checkIn(group.get("Bellweather"), "Robin Bellweather", "Present", null);
        checkIn(group.get("Carrow"), "Robin Carrow", "Late", "30");
        checkIn(group.get("Dunmore"), "Robin Dunmore", "Unexcused absence", null);

        assertThat(row(group.get("Ashdown")).locator(".recorded")).containsText("Present, 50 min · 1.00 h");
        assertThat(row(group.get("Carrow")).locator(".recorded")).containsText("Late, 30 min · 0.60 h");
        assertThat(row(group.get("Dunmore")).locator(".recorded")).containsText("Unexcused absence, 0 min · 0.00 h");
        assertThat(page.locator("#progress")).hasText("4 of 4 checked in");
        page.reload();
        assertThat(page.locator("#progress")).hasText("4 of 4 checked in");
        screenshot("attendance-roster");

        row(group.get("Ashdown")).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Robin Ashdown")).click();
        assertThat(page.locator("#week-attended")).hasText("1.00 of 9.0 hours attended");
        assertThat(page.locator("#week-sessions")).containsText(title);
        assertThat(page.locator("#week-sessions")).containsText("Present");
        screenshot("attendance-client-week");

        page.goBack();
        row(group.get("Carrow")).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Robin Carrow")).click();
        assertThat(page.locator("#week-attended")).hasText("0.60 of 9.0 hours attended");
    }

    private Locator row(EpisodeId episode) {
        return page.locator("#row-" + episode.value());
    }

    /** Picks the status (and minutes) in the client's row and saves that row alone. */
    private void checkIn(EpisodeId episode, String name, String status, String minutes) {
        page.getByLabel("Attendance of " + name).selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(status));
        if (minutes != null) {
            page.getByLabel("Minutes attended by " + name).fill(minutes);
        }
        row(episode).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(row(episode).locator(".recorded")).containsText(status + ", ");
        assertThat(row(episode)).containsText("Saved.");
    }

    /** A track of its own, clients admitted into it with 9 hours a week, and a 50-minute group today booked for them. */
    private Map<String, EpisodeId> aGroupBookedForToday(String title, List<String> families) {
        UUID trackId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO track (id, program_id, name, period, capacity)
                SELECT ?, id, ?, 'DAY', 20 FROM program ORDER BY name LIMIT 1""")
                .params(trackId, "Browser track " + trackId.toString().substring(0, 8)).update();
        TrackId track = new TrackId(trackId);
        SiteId site = new SiteId(jdbc.sql("SELECT p.site_id FROM track t JOIN program p ON p.id = t.program_id "
                + "WHERE t.id = ?").param(trackId).query(UUID.class).single());
        ZoneId zone = ZoneId.of(jdbc.sql("SELECT timezone FROM site WHERE id = ?").param(site.value())
                .query(String.class).single());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        SessionId session = planning.create(new NewSession("GROUP_THERAPY", site, track, null, null,
                staff.activeWithRole(Role.CLINICIAN).getFirst().id(), title, today.atTime(10, 0), null, null));
        Map<String, EpisodeId> group = new LinkedHashMap<>();
        for (String family : families) {
            ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
            AdmissionDraft draft = new AdmissionDraft(null, track, LocalDate.now(clock).minusDays(3), 60,
                    new BigDecimal("9"), null, "F33.1", List.of(), null, null, null, null, null, null, null, null,
                    List.of(), null);
            EpisodeId episode = as(Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
            as(Role.FRONT_DESK, () -> bookings.book(session, episode, BookingSource.MANUAL, "test"));
            group.put(family, episode);
        }
        return group;
    }

    private <T> T as(Role role, Supplier<T> work) {
        return org.stepwise.SignedIn.as(staff, role, work);
    }
}
