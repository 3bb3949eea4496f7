package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * A clinician opens a new client's chart, sees the crisis lines and "No safety plan yet" on the first screen, writes the
 * safety plan with the client, records the client's signature, signs it, and finds it on the chart with its PDF.
 */
class SafetyPlanBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;

    @Test
    void aClinicianWritesAndSignsASafetyPlanThatTheChartShowsWithItsPdf() {
        ClientId client = admitted();
        signIn("clinician");
        page.navigate("/clients/" + client);
        Locator section = page.getByTestId("safety-plan");
        assertThat(section).containsText("No safety plan yet.");
        assertThat(section.getByTestId("crisis-lines")).containsText("988");
        section.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Write the safety plan")).click();

        page.getByLabel("Signs that a crisis may be building").fill("Lying awake; skipping calls from my sister");
        page.getByLabel("Things I can do on my own to get through it").fill("Run by the river; play guitar");
        page.getByLabel("People and places that take my mind off it").fill("Coffee shop on 5th; cousin Lee");
        page.getByLabel("People I can ask for help").fill("Sister Ana, 555-0110");
        page.getByLabel("Clinicians and services to contact in a crisis").fill("Program front desk, 555-0190");
        page.getByLabel("Making my surroundings safer").fill("Ana keeps the medicines for now");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan is saved.");
        page.getByLabel("Name the client signed with").fill("Rae Browsfield");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the client's signature")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The signature is recorded.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign version 1 as clinician")).click();
        assertThat(page.getByTestId("safety-plan")).containsText("Signed by client and clinician");
        screenshot("safety-plan-signed");

        page.navigate("/clients/" + client);
        Locator onChart = page.getByTestId("safety-plan");
        assertThat(onChart).containsText("Lying awake; skipping calls from my sister");
        assertThat(onChart).containsText("Signed by client and clinician");
        assertThat(onChart.getByTestId("plan-pdf")).hasAttribute("href",
                "/clients/" + client + "/safety-plan/versions/1/pdf");
        screenshot("safety-plan-on-chart");

        assertThat(jdbc.sql("""
                SELECT count(*) FROM recovery_plan_signature s JOIN recovery_plan p ON p.id = s.plan_id
                WHERE p.client_id = ? AND s.content_hash = (SELECT content_hash FROM recovery_plan_version v
                                                            WHERE v.plan_id = p.id AND v.number = 1)""")
                .param(client.value()).query(Long.class).single()).isEqualTo(2);
    }

    private ClientId admitted() {
        TrackId track = new TrackId(jdbc.sql("""
                SELECT t.id FROM track t JOIN program p ON p.id = t.program_id
                WHERE p.kind = 'MENTAL_HEALTH' ORDER BY t.name LIMIT 1""").query(UUID.class).single());
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, "Browsfield"));
        AdmissionDraft draft = new AdmissionDraft(null, track, LocalDate.now(clock).minusDays(2), 60,
                new BigDecimal("9"), null, "F33.1", List.of(), null, null, null, null, null, null, null, null,
                List.of(), null);
        SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft));
        return client;
    }
}
