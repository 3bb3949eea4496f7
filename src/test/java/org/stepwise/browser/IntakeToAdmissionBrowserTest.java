package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's whole path as an intake coordinator walks it: a referral comes in, first contact, the client record is
 * created from it, screening (a PHQ-9 whose item 9 raises a safety alert), a level-of-care placement, consent to
 * treatment, the decision, and admission into a track; the client then stands on the track's roster or its waitlist.
 */
class IntakeToAdmissionBrowserTest extends BrowserTest {

    private static final String GIVEN = "Dario";
    private static final String FAMILY = "Okonkwo-Lindqvist";
    private static final List<String> MENTAL_HEALTH = List.of("riskOfHarm", "functionalStatus", "comorbidity",
            "environmentStress", "environmentSupport", "treatmentHistory", "engagement");

    @Test
    void aReferralIsScreenedPlacedConsentedAndAdmittedIntoATrack() {
        signIn("intake");

        // Referral and first contact
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Intake")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New referral")).click();
        page.getByLabel("Source").selectOption("PRIMARY_CARE");
        page.getByLabel("Given name").fill(GIVEN);
        page.getByLabel("Family name").fill(FAMILY);
        page.getByLabel("Date of birth").fill("1991-06-03");
        page.getByLabel("Reason for referral").fill("GP referral: low mood for months, missing work, needs more than weekly therapy.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save referral")).click();
        assertThat(page.locator("#status")).hasText("New");
        String referralUrl = page.url();
        move("Record first contact");
        assertThat(page.locator("#status")).hasText("First contact");

        // The client record, created from the referral
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create client")).click();
        String chart = page.locator("a[href^='/clients/']").first().getAttribute("href");
        String clientId = chart.replaceAll("^/clients/([0-9a-f-]{36}).*$", "$1");
        move("Start screening");

        // Screening: PHQ-9 with item 9 above 0
        page.navigate("/clients/" + clientId + "/measures/new?instrument=phq9");
        for (int item = 0; item < 9; item++) {
            page.locator("label[for='answers-" + item + "-1']").click();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and score")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("9");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Mild");
        screenshot("intake-phq9-result");

        page.navigate(referralUrl);
        move("Start assessment");

        // Level-of-care placement
        page.navigate("/clients/" + clientId + "/placement/new?framework=mental-health");
        for (String dimension : MENTAL_HEALTH) {
            page.locator("label[for='rating-" + dimension + "-2']").click();
            page.locator("#justification-" + dimension).fill("Rated 2 from the intake interview and the GP letter.");
        }
        for (String yes : List.of("needsMoreThanWeekly", "medicallyStable", "homeSupportsRecovery", "motivated")) {
            page.locator("label[for='candidacy-" + yes + "-true']").click();
        }
        page.locator("label[for='candidacy-needs24HourCare-false']").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the recommendation")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("2.1");
        page.locator("#providedLevel").selectOption(new SelectOption().setValue("2.1"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the placement")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("The placement is recorded.");

        // Consent to treatment
        page.navigate("/clients/" + clientId + "/consents/new?kind=TREATMENT");
        page.locator("#scope").fill("Intensive outpatient treatment: group, individual and family therapy, screening.");
        page.locator("#expiresOn").fill(LocalDate.now().plusYears(1).toString());
        page.locator("label[for='signer-CLIENT']").click();
        page.locator("#signerName").fill(GIVEN + " " + FAMILY);
        page.locator("label[for='agreed']").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign and store")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Consent to treatment");

        // Decision and admission
        page.navigate(referralUrl);
        move("Ready for decision");
        page.locator("#admit").click();
        Locator track = page.locator("#trackId");
        String trackId = track.locator("option[value]:not([value=''])").first().getAttribute("value");
        track.selectOption(new SelectOption().setValue(trackId));
        page.locator("#primaryDiagnosis").fill("F33.1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Admit").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(GIVEN);
        screenshot("intake-admission-result");

        page.navigate("/tracks/" + trackId + "/roster");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(FAMILY);
        screenshot("intake-track-roster");
    }

    private void move(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }
}
