package org.stepwise.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
import org.stepwise.careplan.TestPlans;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * A clinician writes an individual note in a substance use program: the DAP form with the Part 2 marker and the plan
 * carried forward from the last note, an objective of the client's plan, a draft saved, edited and saved again.
 */
class IndividualNoteBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;

    @Test
    void aClinicianWritesAnIndividualNoteLinkedToAnObjectiveAndSavesItsDraft() {
        ClientId client = admittedToASubstanceUseProgram();
        EpisodeId episode = new EpisodeId(jdbc.sql("SELECT id FROM episode WHERE client_id = ?")
                .param(client.value()).query(UUID.class).single());
        TestPlans.withObjectives(jdbc, clock, episode, "Goes to two mutual-help meetings a week");
        lastSignedNote(client, episode, "Find a meeting near work");

        signIn("clinician");
        page.navigate("/clients/" + client + "/notes/new");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Individual session")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("New individual session note");
        assertThat(page.locator("#part2-marker")).hasText("42 CFR Part 2");
        assertThat(page.getByLabel("Plan", new Page.GetByLabelOptions().setExact(true))).hasValue("Find a meeting near work");
        assertThat(page.locator("#section-plan-carried")).containsText("Carried forward from the plan of the last note");
        page.getByLabel("Plan objective this session worked on")
                .selectOption(new SelectOption().setLabel("Goes to two mutual-help meetings a week"));
        page.getByLabel("Data").fill("Went to one meeting; cravings in the evenings.");
        page.getByLabel("Assessment").fill("Engaged; early progress.");
        page.getByLabel("This is an SUD counseling note").check();
        screenshot("individual-note-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Draft: individual session note");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft saved.");
        assertThat(page.getByLabel("Data")).hasValue("Went to one meeting; cravings in the evenings.");
        page.getByLabel("Plan", new Page.GetByLabelOptions().setExact(true)).fill("Two meetings before next session.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft saved.");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the note to sign it")).first())
                .isVisible();
        screenshot("individual-note-draft");

        assertThat(jdbc.sql("SELECT sections->>'plan' FROM clinical_note WHERE client_id = ? AND status = 'DRAFT'")
                .param(client.value()).query(String.class).single()).isEqualTo("Two meetings before next session.");
        assertThat(jdbc.sql("SELECT part2 AND sud_counseling AND objective_id IS NOT NULL FROM clinical_note "
                + "WHERE client_id = ? AND status = 'DRAFT'").param(client.value()).query(Boolean.class).single())
                .isTrue();
    }

    private ClientId admittedToASubstanceUseProgram() {
        TrackId track = new TrackId(jdbc.sql("""
                SELECT t.id FROM track t JOIN program p ON p.id = t.program_id
                WHERE p.kind = 'SUBSTANCE_USE' AND p.note_format = 'DAP' ORDER BY t.name LIMIT 1""")
                .query(UUID.class).single());
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, "Browserwell"));
        AdmissionDraft draft = new AdmissionDraft(null, track, LocalDate.now(clock).minusDays(10), 60,
                new BigDecimal("9"), null, "F10.20", List.of(), null, null, null, null, null, null, null, null,
                List.of(), null);
        SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft));
        return client;
    }

    private void lastSignedNote(ClientId client, EpisodeId episode, String plan) {
        UUID author = SignedIn.demoAccount(staff, Role.CLINICIAN).id().value();
        jdbc.sql("""
                INSERT INTO clinical_note (id, client_id, episode_id, kind, format, sections, service_date,
                    service_ended_at, author_id, status, part2, created_at, updated_at, signed_at, content_hash)
                VALUES (?, ?, ?, 'INDIVIDUAL', 'DAP', jsonb_build_object('data', 'Met', 'plan', ?), ?, now(), ?,
                    'SIGNED', TRUE, now(), now(), now(), ?)""")
                .params(UUID.randomUUID(), client.value(), episode.value(), plan, LocalDate.now(clock).minusDays(3),
                        author, "e".repeat(64))
                .update();
    }
}
