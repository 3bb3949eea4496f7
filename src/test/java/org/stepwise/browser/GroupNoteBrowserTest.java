package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.attendance.AttendanceStatus;
import org.stepwise.attendance.CheckIns;
import org.stepwise.episodes.Admissions;
import org.stepwise.notes.NotesFixtures;
import org.stepwise.notes.NotesFixtures.Member;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Issue 5's group note as a facilitator writes it: today's group of twelve who came (each with plan objectives) and one
 * who did not, documented on one screen and signed all at once; then each client's chart holds their own note linked
 * to the objective picked for them, the absent client's chart holds none, and an addendum shows under a note.
 */
class GroupNoteBrowserTest extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired SessionPlanning planning;
    @Autowired Bookings bookings;
    @Autowired CheckIns checkIns;

    @Test
    void aFacilitatorDocumentsATwelveClientGroupOnOneScreenAndEachChartHoldsItsOwnNote() {
        NotesFixtures fx = new NotesFixtures(jdbc, clock, staff, admissions, planning, bookings, checkIns,
                "SUBSTANCE_USE");
        StaffMember clinician = SignedIn.demoAccount(staff, Role.CLINICIAN);
        String title = "Coping with cravings " + UUID.randomUUID().toString().substring(0, 6);
        SessionId session = fx.groupHoursAgo(clinician.id(), title, 1);
        Map<Member, AttendanceStatus> group = fx.group(session, "Gn", 12, 1);
        group.keySet().forEach(m -> fx.onCareTeam(clinician, m.client()));
        List<Member> attending = NotesFixtures.attending(group);
        Member absent = group.entrySet().stream().filter(e -> e.getValue().isAbsence()).findFirst().orElseThrow()
                .getKey();

        signIn("clinician");
        page.navigate("/sessions/" + session.value() + "/note");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(title);
        assertThat(page.getByLabel("Topic")).hasValue(title);
        assertThat(page.locator("#absent")).containsText("Robin GnAbsent0");
        page.getByLabel("Interventions").fill("Psychoeducation on cravings; urge surfing; CBT thought records");
        page.getByLabel("Summary").fill("The group mapped high-risk situations and practised urge surfing.");
        for (Member m : attending) {
            String name = "Robin " + m.family();
            page.getByLabel("Presentation of " + name, EXACT)
                    .selectOption(new SelectOption().setLabel("Euthymic, calm"));
            page.getByLabel("Objective of " + name, EXACT).selectOption(new SelectOption()
                    .setLabel("Use one coping skill a day Gn" + m.family().substring("GnPresent".length())));
            page.getByLabel("Progress of " + name, EXACT).fill("Practised urge surfing; named two triggers.");
            page.getByLabel("Risk of " + name, EXACT)
                    .selectOption(new SelectOption().setLabel("None identified"));
        }
        screenshot("group-note-filled");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign all")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Signed: 12 notes filed");
        screenshot("group-note-signed");

        for (Member m : attending.subList(0, 3)) {
            String number = m.family().substring("GnPresent".length());
            page.navigate("/clients/" + m.client().value());
            Locator notes = page.locator("#chart-notes");
            assertThat(notes.locator("#client-notes")).containsText("Group note: " + title);
            assertThat(notes.locator("#client-notes")).containsText("Use one coping skill a day Gn" + number);
            notes.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Group note:")))
                    .click();
            assertThat(page.locator("#objective")).containsText("Use one coping skill a day Gn" + number);
            assertThat(page.locator("#signatures")).containsText("Signed by " + clinician.displayName());
            assertThat(page.locator("#group-text")).containsText("urge surfing");
            assertThat(page.locator("#part2")).hasText("42 CFR Part 2");
            attending.stream().filter(other -> other != m).forEach(other ->
                    assertThat(page.locator("main, body").first()).not().containsText("Robin " + other.family() + " "));
        }
        screenshot("group-note-in-chart");

        page.navigate("/clients/" + absent.client().value());
        assertThat(page.locator("#chart-notes")).containsText("No notes yet.");

        page.navigate("/clients/" + attending.get(4).client().value());
        page.locator("#chart-notes").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("Group note:"))).click();
        page.getByLabel("Add an addendum").fill("Client called after group to say the urge passed; safe at home.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the addendum")).click();
        assertThat(page.locator("#addenda")).containsText("Client called after group to say the urge passed");
        assertThat(page.locator("#addenda")).containsText("Addendum by " + clinician.displayName());
        screenshot("group-note-addendum");
        page.navigate("/clients/" + attending.get(4).client().value());
        assertThat(page.locator("#client-notes")).containsText("1 addendum");
    }
}
