package org.stepwise.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepwise.SignedIn.as;
import static org.stepwise.SignedIn.token;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseTest;
import org.stepwise.measures.MeasureAdministration;
import org.stepwise.measures.MeasureOptions;
import org.stepwise.measures.MeasureRecording;
import org.stepwise.safety.internal.AlertStore;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Safety on first sight, on real PostgreSQL: a recorded administration with a safety flag opens an alert through the
 * event publication registry; the alert shows on the chart, the Today pages and the list, and closes only when a
 * clinician records what was done.
 */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SafetyAlertTests {

    @Autowired
    MeasureRecording recording;

    @Autowired
    AlertStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    private ClientId client;
    private StaffMember clinician;

    @BeforeEach
    void aClientWithACareTeam() {
        clinician = staff.activeWithRole(Role.CLINICIAN).getFirst();
        client = insertClient();
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Primary "
                + "clinician', now())").params(client.value(), clinician.id().value()).update();
        SecurityContextHolder.getContext().setAuthentication(token(clinician, Role.CLINICIAN));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // ---- the listener's rule ----

    @Test
    void phq9ItemNineAboveZeroOpensAnAlertWhateverTheTotal() throws InterruptedException {
        MeasureAdministration low = record("phq9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 1));
        MeasureAdministration high = record("phq9", List.of(3, 3, 3, 3, 3, 3, 3, 3, 3));

        SafetyAlert lowAlert = alertFor(low);
        assertThat(low.total()).isEqualTo(1);
        assertThat(lowAlert.severity()).isEqualTo(Severity.MODERATE);
        assertThat(lowAlert.reason()).contains("PHQ-9 item 9").contains("\"several days\" (1)");
        assertThat(lowAlert.isOpen()).isTrue();
        assertThat(lowAlert.client()).isEqualTo(client);
        assertThat(alertFor(high).reason()).contains("\"nearly every day\" (3)");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'CREATE' AND subject = "
                + "'safety alert'").param(client.value()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void phq9ItemNineAtZeroOpensNoAlertEvenAtTheHighestOtherwise() throws InterruptedException {
        MeasureAdministration severe = record("phq9", List.of(3, 3, 3, 3, 3, 3, 3, 3, 0));
        assertThat(severe.band()).isEqualTo("severe");
        assertThat(noAlertAfterListenerRan(severe)).isTrue();
    }

    @Test
    void cssrsModerateAndHighOpenAlertsButLowAndNoneDoNot() throws InterruptedException {
        MeasureAdministration moderate = record("cssrs", List.of(1, 1, 1, 0, 0, 0));
        MeasureAdministration high = record("cssrs", List.of(1, 1, 0, 1, 0, 0));
        MeasureAdministration recentBehaviour = recording.record(client, "cssrs", List.of(0, 0, 0, 0, 0, 1),
                new MeasureOptions(null, true), null);
        MeasureAdministration low = record("cssrs", List.of(1, 1, 0, 0, 0, 0));
        MeasureAdministration none = record("cssrs", List.of(0, 0, 0, 0, 0, 0));

        assertThat(alertFor(moderate).severity()).isEqualTo(Severity.MODERATE);
        assertThat(alertFor(moderate).reason()).contains("C-SSRS screener risk level moderate");
        assertThat(alertFor(high).severity()).isEqualTo(Severity.HIGH);
        assertThat(alertFor(recentBehaviour).severity()).isEqualTo(Severity.HIGH);
        assertThat(low.band()).isEqualTo("low");
        assertThat(noAlertAfterListenerRan(low)).isTrue();
        assertThat(noAlertAfterListenerRan(none)).isTrue();
    }

    @Test
    void otherInstrumentsFlagsOpenNoAlert() throws InterruptedException {
        MeasureAdministration who5 = record("who5", List.of(0, 0, 0, 0, 0));
        assertThat(who5.flags()).isNotEmpty();
        assertThat(noAlertAfterListenerRan(who5)).isTrue();
    }

    // ---- showing and resolving ----

    @Test
    void theAlertShowsOnTheChartTheTodayPagesAndTheListUntilResolved() throws Exception {
        SafetyAlert alert = alertFor(record("phq9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 2)));
        String reason = alert.reason();

        mvc.perform(get("/clients/{id}", client.value()).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("chart-safety-alerts")));
        mvc.perform(get("/clients/{id}/safety-alerts", client.value()).header("HX-Request", "true")
                        .with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Record what was done")));
        mvc.perform(get("/").with(as(clinician, Role.CLINICIAN)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Open safety alerts")));
        StaffMember director = staff.activeWithRole(Role.PROGRAM_DIRECTOR).getFirst();
        mvc.perform(get("/").with(as(director, Role.PROGRAM_DIRECTOR)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Open safety alerts")));
        mvc.perform(get("/safety/alerts").with(as(director, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(alert.id().toString())));
        mvc.perform(get("/safety/alerts").with(as(clinician, Role.CLINICIAN)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(alert.id().toString())));
        mvc.perform(get("/api/v1/clients/{id}/safety-alerts", client.value()).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(alert.id().toString()))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].severity").value("moderate"));

        // A clinician outside the care team sees none of it, and is sent to break-glass for the chart's section.
        StaffMember outsider = staff.activeWithRole(Role.CLINICIAN).stream()
                .filter(s -> !s.id().equals(clinician.id())).findFirst().orElseThrow();
        mvc.perform(get("/safety/alerts").with(as(outsider, Role.CLINICIAN)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(reason))));
        mvc.perform(get("/clients/{id}/safety-alerts", client.value()).with(as(outsider, Role.CLINICIAN)))
                .andExpect(redirectedUrl("/clients/" + client + "/break-glass"));
        mvc.perform(get("/safety/alerts/{id}", alert.id().value()).with(as(outsider, Role.CLINICIAN)))
                .andExpect(redirectedUrl("/clients/" + client + "/break-glass"));

        // Too short, or not plain text, or no outcome: 422 with the errors beside the fields, nothing changed.
        mvc.perform(post("/safety/alerts/{id}/resolve", alert.id().value()).with(csrf()).with(as(clinician, Role.CLINICIAN))
                        .param("version", "0").param("actionTaken", "called").param("outcome", "safety-plan-made"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"actionTaken-error\"")));
        mvc.perform(post("/safety/alerts/{id}/resolve", alert.id().value()).with(csrf()).with(as(clinician, Role.CLINICIAN))
                        .param("version", "0").param("actionTaken", "<script>alert(1)</script> assessed")
                        .param("outcome", "made-up"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"outcome-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"actionTaken-error\"")));
        mvc.perform(post("/safety/alerts/{id}/resolve", alert.id().value()).with(csrf()).with(as(clinician, Role.CLINICIAN))
                        .param("version", "x").param("actionTaken", "Assessed with C-SSRS, safety plan written.")
                        .param("outcome", "safety-plan-made"))
                .andExpect(status().isUnprocessableContent());
        assertThat(store.find(alert.id()).orElseThrow().isOpen()).isTrue();

        // A director reads but may not resolve.
        mvc.perform(post("/safety/alerts/{id}/resolve", alert.id().value()).with(csrf()).with(as(director, Role.PROGRAM_DIRECTOR))
                        .param("version", "0").param("actionTaken", "Assessed with C-SSRS, safety plan written.")
                        .param("outcome", "safety-plan-made"))
                .andExpect(status().isForbidden());

        // The clinician records what was done; a repeated submission changes nothing; a different one is a conflict.
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/safety/alerts/{id}/resolve", alert.id().value()).with(csrf())
                            .with(as(clinician, Role.CLINICIAN)).param("version", "0")
                            .param("actionTaken", "Assessed with C-SSRS, safety plan written.")
                            .param("outcome", "safety-plan-made"))
                    .andExpect(redirectedUrl("/safety/alerts/" + alert.id()));
        }
        mvc.perform(post("/safety/alerts/{id}/resolve", alert.id().value()).with(csrf()).with(as(clinician, Role.CLINICIAN))
                        .param("version", "0").param("actionTaken", "Referred to the emergency department.")
                        .param("outcome", "referred-to-emergency-care"))
                .andExpect(status().isConflict());

        SafetyAlert resolved = store.find(alert.id()).orElseThrow();
        assertThat(resolved.isOpen()).isFalse();
        assertThat(resolved.resolution().outcome()).isEqualTo(AlertOutcome.SAFETY_PLAN_MADE);
        assertThat(resolved.resolution().by()).isEqualTo(clinician.id());
        assertThat(resolved.version()).isEqualTo(1);
        assertThat(events.stream(SafetyAlertResolved.class)).hasSize(1)
                .allMatch(e -> e.alert().equals(alert.id()) && e.outcome() == AlertOutcome.SAFETY_PLAN_MADE);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'UPDATE' AND subject = "
                + "'safety alert'").param(client.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'VIEW' AND subject LIKE "
                + "'safety alert%'").param(client.value()).query(Long.class).single()).isGreaterThanOrEqualTo(4);
        mvc.perform(get("/safety/alerts").with(as(clinician, Role.CLINICIAN)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        alert.id().toString()))));
    }

    @Test
    void theApiResolvesWithClearErrors() throws Exception {
        SafetyAlert alert = alertFor(record("cssrs", List.of(1, 1, 0, 0, 1, 0)));
        String path = "/api/v1/safety/alerts/" + alert.id() + "/resolution";
        mvc.perform(post(path).with(as(clinician, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actionTaken\":\"short\",\"outcome\":\"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(post(path).with(as(clinician, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"actionTaken\":\"short\",\"outcome\":\"safety-plan-made\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actionTaken"));
        mvc.perform(post(path).with(as(clinician, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3,\"actionTaken\":\"Sent to the emergency department.\","
                                + "\"outcome\":\"referred-to-emergency-care\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post(path).with(as(clinician, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actionTaken\":\"Sent to the emergency department.\","
                                + "\"outcome\":\"referred-to-emergency-care\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("resolved"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.resolution.outcome").value("referred-to-emergency-care"));
        mvc.perform(post("/api/v1/safety/alerts/" + UUID.randomUUID() + "/resolution").with(as(clinician, Role.CLINICIAN))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }

    // ---- helpers ----

    private MeasureAdministration record(String instrument, List<Integer> answers) {
        return recording.record(client, instrument, answers, MeasureOptions.none(), LocalDate.now());
    }

    private SafetyAlert alertFor(MeasureAdministration administration) throws InterruptedException {
        waitUntil(() -> store.forAdministration(administration.id()).isPresent());
        return store.forAdministration(administration.id()).orElseThrow();
    }

    /** Waits until the safety listener has completed its publication for the administration, then looks. */
    private boolean noAlertAfterListenerRan(MeasureAdministration administration) throws InterruptedException {
        waitUntil(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication WHERE listener_id LIKE '%RaiseSafetyAlerts%'
                  AND serialized_event LIKE ? AND completion_date IS NOT NULL""")
                .param("%" + administration.id() + "%").query(Long.class).single() == 1);
        Optional<SafetyAlert> alert = store.forAdministration(administration.id());
        return alert.isEmpty();
    }

    private ClientId insertClient() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO client (id, record_number, given_name, family_name, date_of_birth, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, 'SW-' || lpad(nextval('client_record_number_seq')::text, 6, '0'), 'Alex', 'Safety',
                        DATE '1988-02-03', now(), 'test', now(), 'test')""")
                .param(id)
                .update();
        return new ClientId(id);
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 seconds");
            }
            Thread.sleep(50);
        }
    }
}
