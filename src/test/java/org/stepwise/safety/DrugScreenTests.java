package org.stepwise.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Drug screens read against the prescriptions, the event, the due list; the home environment and its event. */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DrugScreenTests {

    private static final List<String> TWELVE_PANEL = List.of("amphetamines", "barbiturates", "benzodiazepines",
            "buprenorphine", "cocaine", "thc", "methadone", "methamphetamine", "mdma", "opiates", "oxycodone", "pcp");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Organisation organisation;
    @Autowired ApplicationEvents events;

    private MockHttpServletResponse postForm(String path, Map<String, String> form, StaffMember who) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(SignedIn.as(who))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private static Map<String, String> screen(String id, String collectedOn, Map<String, String> positives) {
        Map<String, String> form = new HashMap<>();
        form.put("screenId", id);
        form.put("collectedOn", collectedOn);
        form.put("observed", "true");
        TWELVE_PANEL.forEach(s -> form.put("result." + s, positives.getOrDefault(s, "NEGATIVE")));
        return form;
    }

    private long screens(ClientId client) {
        return jdbc.sql("SELECT count(*) FROM drug_screen WHERE client_id = ?").param(client.value())
                .query(Long.class).single();
    }

    @Test
    void aPositiveForAPrescribedSubstanceIsExpectedAndAnyOtherUnexpectedAndTheEventSaysWhich() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.SUBSTANCE_USE);
        StaffMember nurse = fixtures.member(Role.NURSE);
        SafetyFixtures.Admitted admitted = fixtures.admit("Screened", fixtures.today().minusDays(10), List.of(nurse),
                "F11.20");
        ClientId client = admitted.client();
        String base = "/clients/" + client;
        assertThat(postForm(base + "/prescribed-substances", Map.of("substance", "buprenorphine", "medication",
                "Buprenorphine/naloxone 8 mg daily"), nurse).getStatus()).isEqualTo(302);

        String id = UUID.randomUUID().toString();
        Map<String, String> form = screen(id, fixtures.today().minusDays(2).toString(),
                Map.of("buprenorphine", "POSITIVE", "cocaine", "POSITIVE", "thc", "DILUTE"));
        assertThat(postForm(base + "/drug-screens", form, nurse).getStatus()).isEqualTo(302);

        List<DrugScreenResulted> published = events.stream(DrugScreenResulted.class)
                .filter(e -> e.client().equals(client)).toList();
        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.screen()).isEqualTo(UUID.fromString(id));
            assertThat(e.episode()).isEqualTo(admitted.episode());
            assertThat(e.unexpectedPositives()).containsExactly("cocaine");
            assertThat(e.expectedPositives()).containsExactly("buprenorphine");
            assertThat(e.observed()).isTrue();
            assertThat(e.collectedOn()).isEqualTo(fixtures.today().minusDays(2));
        });

        // The same form sent again (a double click) records nothing more.
        assertThat(postForm(base + "/drug-screens", form, nurse).getStatus()).isEqualTo(302);
        assertThat(screens(client)).isEqualTo(1);
        assertThat(events.stream(DrugScreenResulted.class).filter(e -> e.client().equals(client))).hasSize(1);

        String panel = mvc.perform(get(base + "/drug-screens").header("HX-Request", "true").with(SignedIn.as(nurse)))
                .andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("2 day(s)", "cocaine", "buprenorphine (Buprenorphine/naloxone 8 mg daily)", "thc");
        assertThat(fixtures.audits(client, "CREATE", "drug screen")).isEqualTo(1);

        // A later negative screen keeps counting from the unexpected positive.
        postForm(base + "/drug-screens", screen(UUID.randomUUID().toString(), fixtures.today().toString(), Map.of()),
                nurse);
        assertThat(mvc.perform(get("/api/v1/clients/" + client + "/drug-screens").with(SignedIn.as(nurse)))
                .andReturn().getResponse().getContentAsString()).contains("\"daysSinceUnexpectedPositive\":2");
    }

    @Test
    void aScreenWithoutEveryResultOrWithABadDayIsRefusedAndNothingIsSaved() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.CO_OCCURRING);
        StaffMember nurse = fixtures.member(Role.NURSE);
        ClientId client = fixtures.admit("Incomplete", fixtures.today().minusDays(3), List.of(nurse), "F33.1")
                .client();
        Map<String, String> form = screen(UUID.randomUUID().toString(), fixtures.today().plusDays(1).toString(),
                Map.of("cocaine", "MAYBE"));
        form.remove("result.pcp");
        form.remove("observed");
        MockHttpServletResponse refused = postForm("/clients/" + client + "/drug-screens", form, nurse);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Choose the result for pcp", "Choose the result for cocaine",
                "from the admission", "Say whether the collection was observed");
        assertThat(screens(client)).isZero();
        assertThat(events.stream(DrugScreenResulted.class).filter(e -> e.client().equals(client))).isEmpty();
    }

    @Test
    void aMentalHealthClientWithoutASubstanceDiagnosisIsNotScreened() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH);
        StaffMember nurse = fixtures.member(Role.NURSE);
        ClientId client = fixtures.admit("Unscreened", fixtures.today(), List.of(nurse), "F33.1").client();
        MockHttpServletResponse refused = postForm("/clients/" + client + "/drug-screens",
                screen(UUID.randomUUID().toString(), fixtures.today().toString(), Map.of()), nurse);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(screens(client)).isZero();
        assertThat(mvc.perform(get("/clients/" + client).with(SignedIn.as(nurse))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/drug-screens\"").contains("/home-environment");
    }

    @Test
    void aClientChosenForTodayIsOnTheDueListUntilTheScreenIsCollected() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.SUBSTANCE_USE);
        StaffMember nurse = fixtures.member(Role.NURSE);
        StaffMember other = fixtures.another(Role.NURSE);
        SafetyFixtures.Admitted admitted = fixtures.admit("Randomly", fixtures.today().minusDays(5), List.of(nurse),
                "F10.20");
        // Whichever day the schedule would pick, this test fixes today's choice to see the list follow it.
        jdbc.sql("INSERT INTO drug_screen_week (episode_id, monday, days, chosen_at) VALUES (?, ?, ARRAY[?::date], now())")
                .params(admitted.episode().value(), fixtures.today().with(TemporalAdjusters.previousOrSame(
                        DayOfWeek.MONDAY)), fixtures.today().toString())
                .update();

        String due = mvc.perform(get("/drug-screens/due").with(SignedIn.as(nurse))).andReturn().getResponse()
                .getContentAsString();
        assertThat(due).contains("Randomly");
        assertThat(mvc.perform(get("/drug-screens/due").with(SignedIn.as(other))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Randomly");
        assertThat(mvc.perform(get("/").with(SignedIn.as(nurse))).andReturn().getResponse().getContentAsString())
                .contains("Screens due today");

        postForm("/clients/" + admitted.client() + "/drug-screens", screen(UUID.randomUUID().toString(),
                fixtures.today().toString(), Map.of()), nurse);
        assertThat(mvc.perform(get("/drug-screens/due").with(SignedIn.as(nurse))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("Randomly");
    }

    @Test
    void aClientWithNoSessionBookedThisWeekHasNoScreenChosen() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.SUBSTANCE_USE);
        StaffMember nurse = fixtures.member(Role.NURSE);
        SafetyFixtures.Admitted admitted = fixtures.admit("Unbooked", fixtures.today(), List.of(nurse), "F10.20");
        mvc.perform(get("/drug-screens/due").with(SignedIn.as(nurse)));
        assertThat(jdbc.sql("SELECT cardinality(days) FROM drug_screen_week WHERE episode_id = ?")
                .param(admitted.episode().value()).query(Integer.class).single()).isZero();
    }

    @Test
    void aHomeThatDoesNotSupportRecoveryIsRecordedWithItsHistoryAndPublished() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        SafetyFixtures.Admitted admitted = fixtures.admit("Housed", fixtures.today().minusDays(3), List.of(clinician),
                "F33.1");
        String path = "/clients/" + admitted.client() + "/home-environment";
        assertThat(postForm(path, Map.of("assessmentId", UUID.randomUUID().toString(), "supportsRecovery", "true",
                "summary", "Lives with a supportive sister"), clinician).getStatus()).isEqualTo(302);
        String second = UUID.randomUUID().toString();
        Map<String, String> worse = Map.of("assessmentId", second, "supportsRecovery", "false", "summary",
                "Partner drinking daily at home; arguments");
        assertThat(postForm(path, worse, clinician).getStatus()).isEqualTo(302);
        assertThat(postForm(path, worse, clinician).getStatus()).isEqualTo(302);

        assertThat(events.stream(RecoveryEnvironmentAssessed.class).filter(e -> e.client().equals(admitted.client()))
                .toList()).hasSize(2).last().satisfies(e -> {
                    assertThat(e.supportsRecovery()).isFalse();
                    assertThat(e.episode()).isEqualTo(admitted.episode());
                    assertThat(e.assessment()).isEqualTo(UUID.fromString(second));
                    assertThat(e.summary()).contains("Partner drinking");
                });
        String page = mvc.perform(get(path).with(SignedIn.as(clinician))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Partner drinking daily at home", "Lives with a supportive sister");

        MockHttpServletResponse refused = postForm(path, Map.of("supportsRecovery", "false", "summary", ""),
                clinician);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM recovery_environment_assessment WHERE client_id = ?")
                .param(admitted.client().value()).query(Long.class).single()).isEqualTo(2);
    }
}
