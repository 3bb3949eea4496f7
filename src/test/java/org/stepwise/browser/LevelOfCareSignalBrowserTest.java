package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.episodes.Admissions;
import org.stepwise.signals.LevelOfCareSignal;
import org.stepwise.signals.SignalFixtures;
import org.stepwise.signals.SignalKind;
import org.stepwise.signals.internal.SignalStore;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * Issue 6's "Done when": a clinician enters three weekly PHQ-9 scores that worsen by 7 points through the measure entry
 * page and sees the step-up signal on the chart; the director sees it on the program's open signals, refers the client
 * to a higher level of care with a reason, and the signal leaves the open list.
 */
class LevelOfCareSignalBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Admissions admissions;

    @Autowired
    SignalStore store;

    @Test
    void threeWorseningPhq9ScoresRaiseAStepUpSignalThatTheDirectorActsOn() {
        String family = "Worsening" + Long.toString(System.nanoTime() % 100_000);
        SignalFixtures.Admitted admitted = new SignalFixtures(jdbc, clock, staff, admissions)
                .admitted(family, 21, SignedIn.demoAccount(staff, Role.CLINICIAN));
        LocalDate today = LocalDate.now(clock);

        signIn("clinician");
        enterPhq9(admitted, today.minusDays(14), 8);
        enterPhq9(admitted, today.minusDays(7), 11);
        enterPhq9(admitted, today, 15);

        // The listener runs after the save commits; the chart shows what is stored when it is opened.
        LevelOfCareSignal signal = SignalFixtures.eventually(() -> store.openForClient(admitted.client()).stream()
                .filter(s -> s.kind() == SignalKind.RELIABLE_DETERIORATION).findFirst());
        page.navigate("/clients/" + admitted.client());
        Locator panel = page.locator("#chart-level-of-care");
        assertThat(panel).containsText("Level of care");
        assertThat(panel.locator("#signal-" + signal.id())).containsText("Step up");
        assertThat(panel.locator("#signal-" + signal.id())).containsText("Reliable deterioration");
        assertThat(panel.locator("#signal-" + signal.id())).containsText("PHQ-9 rose 7 points, from 8");
        assertThat(panel.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("PHQ-9 (latest)")))
                .isVisible();
        screenshot("signals-chart");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        signIn("director");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(
                "Open level-of-care signals"))).first().click();
        page.getByLabel("Direction").selectOption(new SelectOption().setLabel("Step up"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        Locator row = page.locator("#signal-" + signal.id());
        assertThat(row).containsText("Robin " + family);
        assertThat(row).containsText("Reliable deterioration");
        assertThat(row).containsText("PHQ-9 rose 7 points");
        screenshot("signals-director-list");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Act on it: Robin " + family)).click();
        assertThat(page.locator("#signal-status")).hasText("Open");
        page.getByLabel("Action").selectOption(new SelectOption().setLabel("Refer to a higher level of care"));
        page.getByLabel("Reason").fill("Worsening despite 9 hours a week; referred to partial hospitalization");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the decision")).click();

        assertThat(page.locator(".alert-ok")).containsText("Referred to a higher level of care.");
        assertThat(page.locator("#signal-" + signal.id())).hasCount(0);
        page.navigate("/signals/" + signal.id());
        assertThat(page.locator("#signal-status")).hasText("Acted on");
        assertThat(page.locator("section")).containsText("referred to partial hospitalization");
    }

    /** The measure entry page, as a clinician fills it: one answer per item, the day, save. */
    private void enterPhq9(SignalFixtures.Admitted admitted, LocalDate on, int total) {
        page.navigate("/clients/" + admitted.client() + "/measures/new?instrument=phq9");
        List<Integer> answers = SignalFixtures.phq9(total);
        for (int i = 0; i < answers.size(); i++) {
            page.locator("#answers-" + i + "-" + answers.get(i)).check();
        }
        page.locator("#administeredOn").fill(on.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and score")).click();
        page.waitForURL(Pattern.compile(".*/measures/[0-9a-f-]{36}$"));
        assertThat(page.locator("body")).containsText(String.valueOf(total));
    }
}
