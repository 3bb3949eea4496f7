package org.stepwise.alumni;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.browser.BrowserTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.Discharges;
import org.stepwise.staff.StaffDirectory;

/**
 * Issue 7's alumni as staff meet them: a client who completed the program is on the alumni roster; the director puts
 * tonight's alumni group on the schedule; the front desk finds it on Today and records that the client came, with one
 * click; the case manager's roster then shows the group as the client's last.
 */
class AlumniBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Discharges discharges;
    @Autowired AlumniGroups groups;

    @Test
    void anAlumnusWhoCameToTonightsGroupShowsItOnTheRoster() {
        AlumniFixtures f = new AlumniFixtures(jdbc, clock, staff, admissions, discharges, groups);
        AlumniFixtures.ProgramAndTrack where = f.newProgram();
        AlumniFixtures.Former former = f.discharged(where, "Rowanberry", DischargeType.COMPLETED);
        f.awaitListeners(former.episode());
        String programName = jdbc.sql("SELECT name FROM program WHERE id = ?").param(where.program().value())
                .query(String.class).single();
        LocalDate today = f.today(where.program());

        signIn("director");
        page.navigate("/alumni/groups");
        page.getByLabel("Program").selectOption(new SelectOption().setLabel(
                page.locator("#program option", new Page.LocatorOptions().setHasText(programName)).textContent()));
        page.getByLabel("Day of the week").selectOption(String.valueOf(today.getDayOfWeek().getValue()));
        page.getByLabel("Starts at").fill("00:05");
        page.getByLabel("Facilitator").selectOption(new SelectOption().setLabel(
                page.locator("#facilitator option", new Page.LocatorOptions().setHasText("Clinician")).first()
                        .textContent()));
        page.getByLabel("For how many weeks").fill("2");
        page.getByLabel("From").fill(today.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Put on the schedule")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("2 session(s) added");
        screenshot("alumni-groups");

        context.clearCookies();
        signIn("frontdesk");
        page.navigate("/");
        page.locator("a[href^='/alumni/sessions/']", new Page.LocatorOptions().setHasText(programName)).click();
        assertThat(page.locator("#came")).hasText("0 of 1 alumni came");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Robin Rowanberry came")).click();
        assertThat(page.locator("#came")).hasText("1 of 1 alumni came");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Robin Rowanberry")))
                .containsText("Saved.");
        screenshot("alumni-check-in");

        context.clearCookies();
        signIn("casemanager");
        page.navigate("/alumni?program=" + where.program());
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Robin Rowanberry")))
                .containsText(today.toString());
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Robin Rowanberry")))
                .containsText("Completed the program");
        screenshot("alumni-roster");
    }
}
