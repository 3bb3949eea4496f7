package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each demo account signs in through the login page and sees exactly its role's navigation. */
class RoleNavigationBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
        "admin;Today|Audit log|Staff|Organisation|Security",
        "director;Today|Intake|Clients|Schedule|Tracks|Follow-ups|Alumni",
        "clinician;Today|Intake|Clients|Schedule|Tracks|Follow-ups|Alumni",
        "prescriber;Today|Clients|Schedule|Tracks",
        "nurse;Today|Clients|Schedule|Tracks",
        "casemanager;Today|Clients|Schedule|Tracks|Follow-ups|Alumni",
        "intake;Today|Intake|Clients",
        "biller;Today|Clients",
        "frontdesk;Today|Clients|Schedule|Tracks"
    })
    void eachRoleSeesOnlyItsNavigation(String username, String expected) {
        signIn(username);

        List<String> links = page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK).allInnerTexts();
        assertThat(links).containsExactlyElementsOf(List.of(expected.split("\\|")));
        assertThat(page.getByRole(AriaRole.HEADING).first().innerText()).startsWith("Today");
        screenshot("today-" + username);
    }
}
