package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.staff.StaffDirectory;

/**
 * Issue 6, measurement-based care as a clinician meets it: the Today card "Measures due" leads to a client whose
 * weekly PHQ-9 is due; three weekly scores are entered from there (8, 12, 15); the chart's first screen then shows
 * "Reliable deterioration (+7)" over the severity bands, with the same scores in a table, and nothing is due any more.
 */
class MeasuresOverTimeBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Clock clock;

    @Test
    void aClinicianEntersThreeWeeklyPhq9sFromTheDueListAndSeesTheDeteriorationOnTheChart() {
        LocalDate today = LocalDate.now(clock);
        String family = "Weekly" + UUID.randomUUID().toString().substring(0, 6);
        UUID client = aClientWhoseWeeklyPhq9IsDue(family, today.minusDays(15));

        signIn("clinician");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Measures due"))).first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Measures due");
        String name = "Pat " + family;
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enter the PHQ-9 of " + name)).click();

        enterPhq9(today.minusDays(14), 1, 1, 1, 1, 1, 1, 1, 1, 0);  // 8
        page.navigate("/clients/" + client + "/measures/new?instrument=phq9");
        enterPhq9(today.minusDays(7), 2, 2, 1, 1, 1, 1, 2, 2, 0);   // 12
        page.navigate("/clients/" + client + "/measures/new?instrument=phq9");
        enterPhq9(today, 2, 2, 2, 2, 2, 2, 1, 2, 0);                // 15

        page.navigate("/clients/" + client);
        Locator section = page.locator("#chart-measure-trends");
        assertThat(section.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Scores over time")))
                .isVisible();
        assertThat(section.locator(".first-to-latest")).hasText("Reliable deterioration (+7)");
        assertThat(section.getByRole(AriaRole.IMG)).hasAttribute("aria-label", Pattern.compile("PHQ-9: 3 scores.*"
                + "Reliable deterioration \\(\\+7\\)"));
        assertThat(section.locator("table caption")).hasText("PHQ-9 scores over time");
        assertThat(section.locator("table tbody tr")).hasCount(3);
        assertThat(section.locator("rect.band")).hasCount(5);
        screenshot("scores-over-time");

        page.navigate("/measures/due");
        assertThat(page.getByText(name)).hasCount(0);
    }

    private void enterPhq9(LocalDate on, int... answers) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("PHQ-9");
        for (int i = 0; i < answers.length; i++) {
            page.locator("#answers-" + i + "-" + answers[i]).check();
        }
        page.locator("#administeredOn").fill(on.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and score")).click();
        page.waitForURL(Pattern.compile(".*/measures/[0-9a-f-]{36}$"));
    }

    /** A program of the test's own with a weekly PHQ-9, and a client admitted to it on the clinician's care team. */
    private UUID aClientWhoseWeeklyPhq9IsDue(String family, LocalDate admitted) {
        UUID clinician = staff.byUsername("clinician").orElseThrow().id().value();
        UUID site = jdbc.sql("SELECT id FROM site ORDER BY name LIMIT 1").query(UUID.class).single();
        UUID program = UUID.randomUUID();
        UUID track = UUID.randomUUID();
        jdbc.sql("INSERT INTO program (id, site_id, name, kind, default_weekly_hours, default_length_days) "
                + "VALUES (?, ?, ?, 'MENTAL_HEALTH', 9, 56)").params(program, site, "MBC " + family).update();
        jdbc.sql("INSERT INTO track (id, program_id, name, period, capacity) VALUES (?, ?, 'Day', 'DAY', 12)")
                .params(track, program).update();
        jdbc.sql("""
                INSERT INTO measure_schedule (id, program_id, track_id, instrument, timing, diagnoses,
                    overdue_after_days, active, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, NULL, 'phq9', 'WEEKLY', '{}', 3, TRUE, now(), 'test', now(), 'test')""")
                .params(UUID.randomUUID(), program).update();
        UUID client = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO client (id, record_number, given_name, family_name, date_of_birth, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, 'SW-' || lpad(nextval('client_record_number_seq')::text, 6, '0'), 'Pat', ?,
                        DATE '1985-02-03', now(), 'test', now(), 'test')""").params(client, family).update();
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Clinician', "
                + "now())").params(client, clinician).update();
        jdbc.sql("""
                INSERT INTO episode (id, client_id, program_id, track_id, status, admitted_on, planned_length_days,
                                     planned_end, weekly_hours, level_of_care, diagnoses, created_at, created_by)
                VALUES (?, ?, ?, ?, 'ADMITTED', ?, 56, ?, 9, '2.1', '{F33.1}', now(), 'test')""")
                .params(UUID.randomUUID(), client, program, track, admitted, admitted.plusDays(56)).update();
        return client;
    }
}
