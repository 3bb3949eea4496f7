package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * The registry as people use it: an intake coordinator registers a client, finds them by searching, opens the record;
 * the administrator then finds that view in the audit report.
 */
class ClientRegistryBrowserTest extends BrowserTest {

    @Test
    void aNewClientIsFoundByNameOpenedAndTheViewShowsInTheAuditReport() {
        signIn("intake");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Clients")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New client")).click();
        page.getByLabel("Given name").fill("Marisol");
        page.getByLabel("Family name").fill("Quenneville-Arbour");
        page.getByLabel("Date of birth").fill("1988-04-12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create client")).click();

        Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
        assertThat(heading).containsText("Marisol Quenneville-Arbour");
        String recordNumber = heading.innerText().replaceAll("(?s).*(SW-\\d{6,}).*", "$1");
        screenshot("client-created");

        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Clients")).click();
        // Type once the page has loaded: htmx (a deferred script) listens to the box only from then on.
        page.waitForURL(url -> url.endsWith("/clients"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.getByLabel("Search clients").fill("quenne");
        Locator results = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Search results"));
        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Marisol Quenneville-Arbour")).click();
        assertThat(heading).containsText(recordNumber);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        signIn("admin");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit log")).click();
        page.getByLabel("Client", new Page.GetByLabelOptions().setExact(true)).fill(recordNumber);
        page.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setValue("VIEW"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();

        Locator rows = page.locator("#audit-events tbody tr");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("intake")).first()).containsText("VIEW");
        assertThat(rows.first()).containsText(recordNumber);
        screenshot("audit-report-view");
    }
}
