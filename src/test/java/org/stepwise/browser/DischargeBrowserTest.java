package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.discharge.DischargeChart;
import org.stepwise.episodes.Admissions;
import org.stepwise.measures.MeasureRecording;
import org.stepwise.staff.StaffDirectory;

/**
 * Issue 7, the first half of the Done-when: a clinician discharges a client who completed the program and finds a
 * summary drafted from the chart whose attendance and PHQ-9 figures are those of the chart's rows, completes it, signs
 * it and downloads its PDF; the case manager on the care team then finds the 7-day follow-up on their Today page.
 */
class DischargeBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired MeasureRecording measures;

    @Test
    void aClinicianDischargesAClientWhoCompletedAndSignsTheDraftedSummary() {
        DischargeChart.Built chart = new DischargeChart(jdbc, clock, staff, admissions, measures).build("Dischford");
        BigDecimal scheduled = chart.scheduled().setScale(2, RoundingMode.HALF_UP);
        BigDecimal attended = chart.attended().setScale(2, RoundingMode.HALF_UP);
        int percent = attended.multiply(BigDecimal.valueOf(100)).divide(scheduled, 0, RoundingMode.HALF_UP).intValue();
        LocalDate today = LocalDate.now(clock);

        signIn("clinician");
        page.navigate("/clients/" + chart.client());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Discharge").setExact(true)).click();
        page.waitForURL("**/episodes/" + chart.episode() + "/discharge");
        assertThat(page.getByTestId("what-happens")).containsText("offered to the first client");
        assertThat(page.getByLabel("Last day of treatment")).hasValue(today.toString());
        page.getByLabel("Completed the program").check();
        page.getByLabel("Reason").fill("Met the plan's goals; ready for weekly outpatient therapy.");
        page.getByLabel("Level of care at discharge").selectOption("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discharge and draft the summary")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The client is discharged.");
        assertThat(page.getByTestId("discharge-type")).hasText("Completed the program");
        assertThat(page.getByTestId("level-at-discharge")).hasText("1 outpatient");
        assertThat(page.getByTestId("hours-scheduled")).hasText(scheduled.toPlainString());
        assertThat(page.getByTestId("hours-attended")).hasText(attended.toPlainString());
        assertThat(page.getByTestId("attendance-percent")).hasText(percent + "%");
        Locator phq9 = page.locator("[data-instrument=phq9]");
        assertThat(phq9).containsText("18 on " + today.minusDays(DischargeChart.DAYS_AGO - 1));
        assertThat(phq9).containsText("9 on " + today.minusDays(2));
        assertThat(phq9).containsText("-9");
        assertThat(phq9).containsText("Reliable improvement, response");
        screenshot("discharge-summary-drafted");

        page.getByLabel("Course of treatment (required to sign)").fill("Attended groups and CBT skills; mood improved.");
        page.getByLabel("Aftercare plan (required to sign)").fill("Weekly therapy at Riverside Counseling from Monday.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The summary is saved.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign the discharge summary")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The summary is signed and final.");
        assertThat(page.getByTestId("summary-status")).containsText("Signed by");
        assertThat(page.getByTestId("sections-form")).hasCount(0);
        assertThat(page.locator("body")).containsText("Weekly therapy at Riverside Counseling from Monday.");
        screenshot("discharge-summary-signed");

        APIResponse pdf = context.request().get(page.getByTestId("summary-pdf").getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");

        page.navigate("/clients/" + chart.client());
        assertThat(page.getByTestId("discharge-summaries")).containsText("Completed the program, " + today);

        // The case manager on the care team finds the 7-day follow-up on their Today page. Follow-ups are made after
        // the discharge commits, on another thread, so the page is opened again until it is there (up to 20 s).
        context.clearCookies();
        signIn("casemanager");
        Locator followUp = page.locator("section.today-list tr").filter(new Locator.FilterOptions()
                .setHasText("Dischford"));
        for (int tries = 0; tries < 40 && followUp.count() == 0; tries++) {
            page.waitForTimeout(500);
            page.navigate("/");
        }
        assertThat(followUp).containsText("7-day follow-up");
        assertThat(followUp).containsText(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
                java.util.Locale.ENGLISH).format(today.plusDays(7)));
        screenshot("discharge-follow-up-on-today");
        followUp.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).containsText("7-day follow-up");
    }
}
