package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeFixtures;
import org.stepwise.episodes.Discharges;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * A case manager opens a client's chart, writes the aftercare plan from its "Aftercare plan" section, records that it
 * was reviewed with the client and that the client was given a copy, and finds the plan on the chart.
 */
class AftercarePlanBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Discharges discharges;

    @Test
    void aCaseManagerWritesTheAftercarePlanReviewsItWithTheClientAndGivesThemACopy() {
        TrackId track = new TrackId(jdbc.sql("""
                SELECT t.id FROM track t JOIN program p ON p.id = t.program_id
                WHERE p.kind = 'MENTAL_HEALTH' ORDER BY t.name LIMIT 1""").query(UUID.class).single());
        DischargeFixtures.Admitted admitted = new DischargeFixtures(jdbc, clock, staff, admissions, discharges)
                .admit(track, "Leavewell", 30, SignedIn.demoAccount(staff, Role.CASE_MANAGER));
        signIn("casemanager");
        page.navigate("/clients/" + admitted.client());
        Locator section = page.getByTestId("aftercare-panel");
        assertThat(section).containsText("no aftercare plan yet");
        section.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Write the aftercare plan")).click();

        page.getByLabel("Level of care").selectOption("1");
        page.getByLabel("Provider", new Page.GetByLabelOptions().setExact(true)).fill("Harbor Counseling");
        page.getByLabel("Provider's phone").fill("555-0142");
        page.getByLabel("First appointment").fill("2026-12-01T10:30");
        page.locator("[id='groups[0].name']").fill("SMART Recovery");
        page.locator("[id='groups[0].when']").fill("Thursdays 19:00");
        page.getByLabel("Alumni group", new Page.GetByLabelOptions().setExact(true)).fill("Tuesday alumni group");
        page.getByLabel("In a crisis (in the client's words)").fill("Call my sister first, then 988.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The aftercare plan is saved.");
        assertThat(page.getByTestId("provider")).hasText("Harbor Counseling");
        assertThat(page.getByTestId("first-appointment")).hasText("2026-12-01 10:30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the review")).click();
        assertThat(page.getByTestId("status")).containsText("reviewed with the client on " + LocalDate.now(clock));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the copy")).click();
        assertThat(page.getByTestId("handouts")).containsText("Version 1 given to Robin Leavewell on "
                + LocalDate.now(clock));
        assertThat(page.getByTestId("plan-pdf")).hasAttribute("href",
                "/episodes/" + admitted.episode() + "/aftercare-plan/versions/1/pdf");
        screenshot("aftercare-plan-reviewed");

        page.navigate("/clients/" + admitted.client());
        assertThat(page.getByTestId("aftercare-panel")).containsText("version 1, reviewed with the client on "
                + LocalDate.now(clock));
    }
}
