package org.stepwise.scheduling.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.TestClients;
import org.stepwise.browser.BrowserTest;

/**
 * The front desk gives a client a calendar feed from the chart, copies the address shown once, a calendar app reads
 * it without signing in; after revoking, the same address answers 404. A clinician does the same for themselves on
 * their account page.
 */
class CalendarFeedBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private final HttpClient calendarApp = HttpClient.newHttpClient();

    @Test
    void theFrontDeskMakesAClientsFeedFromTheChartAndRevokesIt() throws Exception {
        UUID client = TestClients.insert(jdbc, clock, "Feedbrowser");
        signIn("frontdesk");
        page.navigate("/clients/" + client);
        Locator panel = page.locator("#chart-calendar-feed");
        assertThat(panel.getByTestId("feed-state")).hasText("No calendar feed.");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create a calendar feed")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Calendar feed created");
        String url = page.getByLabel("Feed address").inputValue();
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        screenshot("calendar-feed-created");
        HttpResponse<String> feed = fetch(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the chart")).click();
        assertThat(panel.getByTestId("feed-state")).containsText("Live since");
        screenshot("calendar-feed-on-the-chart");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke the feed")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("revoked");
        screenshot("calendar-feed-revoked");
        assertThat(fetch(url).statusCode()).isEqualTo(404);
    }

    @Test
    void aClinicianMakesTheirOwnFeedOnTheirAccountPage() throws Exception {
        signIn("clinician");
        page.navigate("/account");
        Locator panel = page.locator("#calendar-feed");
        Locator make = panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create a calendar feed"))
                .or(panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Replace with a new address")));
        make.click();
        String url = page.getByLabel("Feed address").inputValue();
        assertThat(fetch(url).statusCode()).isEqualTo(200);
        assertThat(fetch(url).body()).contains("X-WR-CALNAME:Stepwise sessions");
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return calendarApp.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
