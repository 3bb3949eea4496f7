package org.stepwise.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** An intake coordinator takes a referral from the phone call to screening, by keyboard where it matters. */
class ReferralBoardBrowserTest extends BrowserTest {

    @Test
    void aReferralIsEnteredAndMovedAlongTheBoard() {
        signIn("intake");
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Intake")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Referrals").setExact(true))
                .isVisible()).isTrue();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New referral")).click();

        page.getByLabel("Source").selectOption("FAMILY");
        page.getByLabel("Given name").fill("Robin");
        page.getByLabel("Family name").fill("Quenneville");
        page.getByLabel("Reason for referral").fill("Her brother called: panic attacks, stopped going to work.");
        page.getByLabel("Urgency").selectOption("URGENT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save referral")).click();

        PlaywrightAssertions.assertThat(page.locator("#status")).hasText("New");
        Locator note = page.getByLabel("Record first contact — Note (optional)");
        note.fill("Spoke to Robin; screening call booked for Thursday.");
        note.press("Tab");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(page.locator("#status")).hasText("First contact");
        assertThat(page.locator("#history").innerText()).contains("Spoke to Robin; screening call booked for Thursday.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the board")).click();
        PlaywrightAssertions.assertThat(page.locator("#stage-FIRST_CONTACT")).containsText("Robin Quenneville");
        assertThat(page.locator("#stage-FIRST_CONTACT").innerText()).contains("Robin Quenneville").contains("Family")
                .contains("Urgent");
        screenshot("referral-board");
    }
}
