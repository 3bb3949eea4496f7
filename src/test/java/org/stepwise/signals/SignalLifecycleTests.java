package org.stepwise.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepwise.SignedIn.as;
import static org.stepwise.signals.SignalFixtures.eventually;
import static org.stepwise.signals.SignalFixtures.phq9;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.measures.MeasureOptions;
import org.stepwise.measures.MeasureRecording;
import org.stepwise.safety.DrugScreenResulted;
import org.stepwise.safety.RecoveryEnvironmentAssessed;
import org.stepwise.signals.internal.SignalEvaluation;
import org.stepwise.signals.internal.SignalStore;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Signals as data arrives, on real PostgreSQL: scores recorded through the measures module and events the safety module
 * will publish (sent here by the test) raise signals with their evidence; a dismissed signal stays away until its
 * evidence changes; a signal whose evidence no longer holds resolves; acting on one is checked, versioned, idempotent
 * and audited, and extending the stay changes the episode.
 */
@StepwiseTest
@AutoConfigureMockMvc
class SignalLifecycleTests {

    @Autowired
    MeasureRecording recording;

    @Autowired
    SignalStore store;

    @Autowired
    SignalEvaluation evaluation;

    @Autowired
    LevelOfCareSignals signals;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Admissions admissions;

    @Autowired
    MockMvc mvc;

    private SignalFixtures.Admitted admitted;
    private StaffMember clinician;
    private LocalDate today;

    @BeforeEach
    void anAdmittedClientWithAClinician() {
        today = LocalDate.now(clock);
        clinician = SignedIn.demoAccount(staff, Role.CLINICIAN);
        admitted = new SignalFixtures(jdbc, clock, staff, admissions).admitted("Signalling", 21, clinician);
        SignedIn.signIn(clinician);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void score(int total, LocalDate on) {
        recording.record(admitted.client(), "phq9", phq9(total), new MeasureOptions(null, null), on);
    }

    private Optional<LevelOfCareSignal> open(SignalKind kind) {
        return store.openForClient(admitted.client()).stream().filter(s -> s.kind() == kind).findFirst();
    }

    private long count(SignalKind kind) {
        return jdbc.sql("SELECT count(*) FROM level_of_care_signal WHERE client_id = ? AND kind = ?")
                .params(admitted.client().value(), kind.name()).query(Long.class).single();
    }

    private LevelOfCareSignal deteriorationAfter(int... totals) {
        for (int i = 0; i < totals.length; i++) {
            score(totals[i], today.minusWeeks(totals.length - 1 - i));
        }
        int latest = totals[totals.length - 1];
        return eventually(() -> open(SignalKind.RELIABLE_DETERIORATION)
                .filter(s -> s.evidence().getLast().value().startsWith(latest + " ")));
    }

    @Test
    void threeWorseningScoresRaiseAStepUpSignalWithItsEvidence() {
        LevelOfCareSignal signal = deteriorationAfter(8, 11, 15);

        assertThat(signal.direction()).isEqualTo(SignalDirection.UP);
        assertThat(signal.topic()).isEqualTo("phq9");
        assertThat(signal.episode()).isEqualTo(admitted.episode());
        assertThat(signal.summary()).contains("PHQ-9 rose 7 points");
        assertThat(signal.evidence()).hasSize(2).allSatisfy(f -> assertThat(f.link())
                .startsWith("/clients/" + admitted.client() + "/measures/"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'level-of-care signal' "
                + "AND action = 'CREATE'").param(admitted.client().value()).query(Long.class).single()).isPositive();
    }

    @Test
    void aDismissedSignalReturnsOnlyWhenItsEvidenceChanges() {
        LevelOfCareSignal signal = deteriorationAfter(8, 11, 15);
        signals.act(signal.id(), signal.version(), SignalActionKind.DISMISS, "Known flare after a bereavement; "
                + "seen this week", null, null);
        assertThat(open(SignalKind.RELIABLE_DETERIORATION)).isEmpty();

        evaluation.evaluate(admitted.client()); // the same evidence again
        evaluation.evaluate(admitted.client());
        assertThat(open(SignalKind.RELIABLE_DETERIORATION)).isEmpty();
        assertThat(count(SignalKind.RELIABLE_DETERIORATION)).isEqualTo(1);

        score(17, today); // a new, worse score
        LevelOfCareSignal again = eventually(() -> open(SignalKind.RELIABLE_DETERIORATION));
        assertThat(again.id()).isNotEqualTo(signal.id());
        assertThat(again.evidence().getLast().value()).startsWith("17");
        assertThat(count(SignalKind.RELIABLE_DETERIORATION)).isEqualTo(2);
        assertThat(store.find(signal.id()).orElseThrow().status()).isEqualTo(SignalStatus.DISMISSED);
    }

    @Test
    void aSignalWhoseEvidenceNoLongerHoldsIsResolved() {
        LevelOfCareSignal signal = deteriorationAfter(8, 11, 15);
        score(9, today); // back near the first score: no reliable deterioration any more
        eventually(() -> store.find(signal.id()).filter(s -> s.status() == SignalStatus.RESOLVED));
        assertThat(open(SignalKind.RELIABLE_DETERIORATION)).isEmpty();
    }

    @Test
    void anUnexpectedPositiveScreenAndAnUnsupportiveHomeRaiseStepUpSignals() {
        UUID screen = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(new DrugScreenResulted(screen, admitted.client(),
                admitted.episode(), today.minusDays(1), true, List.of("fentanyl"), List.of("buprenorphine"),
                Instant.now())));
        LevelOfCareSignal positive = eventually(() -> open(SignalKind.UNEXPECTED_POSITIVE_SCREEN));
        assertThat(positive.evidence().getFirst().value()).isEqualTo("fentanyl");
        assertThat(positive.summary()).doesNotContain("buprenorphine");

        UUID home = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(new RecoveryEnvironmentAssessed(home,
                admitted.client(), admitted.episode(), false, "Roommate uses at home", today)));
        LevelOfCareSignal unsupportive = eventually(() -> open(SignalKind.HOME_NOT_SUPPORTIVE));
        assertThat(unsupportive.summary()).contains("Roommate uses at home");

        // The same assessment corrected: the home supports recovery after all; the signal resolves.
        transactions.executeWithoutResult(tx -> events.publishEvent(new RecoveryEnvironmentAssessed(home,
                admitted.client(), admitted.episode(), true, "Roommate moved out", today)));
        eventually(() -> store.find(unsupportive.id()).filter(s -> s.status() == SignalStatus.RESOLVED));
    }

    @Test
    void actingIsVersionedIdempotentAuditedAndExtendingTheStayChangesTheEpisode() throws Exception {
        LevelOfCareSignal signal = deteriorationAfter(8, 11, 15);
        int lengthBefore = jdbc.sql("SELECT planned_length_days FROM episode WHERE id = ?")
                .param(admitted.episode().value()).query(Integer.class).single();
        String path = "/api/v1/signals/" + signal.id() + "/actions";

        mvc.perform(post(path).with(csrf()).with(as(clinician)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + signal.version() + ",\"action\":\"extend-stay\",\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("reason", "extendDays")));
        mvc.perform(post(path).with(csrf()).with(as(clinician)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + (signal.version() + 5) + ",\"action\":\"extend-stay\","
                                + "\"reason\":\"Needs two more weeks\",\"extendDays\":14}"))
                .andExpect(status().isConflict());
        String body = "{\"version\":" + signal.version() + ",\"action\":\"extend-stay\",\"reason\":\"Needs two more "
                + "weeks\",\"extendDays\":14}";
        for (int i = 0; i < 2; i++) { // a retried request changes nothing more
            mvc.perform(post(path).with(csrf()).with(as(clinician)).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("ACTED"))
                    .andExpect(jsonPath("$.action.action").value("extend-stay"))
                    .andExpect(jsonPath("$.action.extendDays").value(14));
        }
        assertThat(jdbc.sql("SELECT planned_length_days FROM episode WHERE id = ?").param(admitted.episode().value())
                .query(Integer.class).single()).isEqualTo(lengthBefore + 14);
        assertThat(jdbc.sql("SELECT count(*) FROM episode_length_change WHERE episode_id = ?")
                .param(admitted.episode().value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM signal_action WHERE signal_id = ?").param(signal.id())
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(post(path).with(csrf()).with(as(clinician)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + signal.version() + ",\"action\":\"dismiss\",\"reason\":\"Changed my "
                                + "mind\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/clients/{id}/signals", admitted.client().value()).with(as(clinician)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + signal.id() + "')].status").value("ACTED"));
        mvc.perform(get("/clients/{id}/episodes", admitted.client().value()).with(as(clinician)))
                .andExpect(content().string(Matchers.containsString("From a level-of-care signal: Needs two more weeks")));
    }

    @Test
    void theDirectorSeesEveryOpenSignalAndTheChartShowsTheClientsOwn() throws Exception {
        LevelOfCareSignal signal = deteriorationAfter(8, 11, 15);
        StaffMember director = SignedIn.demoAccount(staff, Role.PROGRAM_DIRECTOR);

        mvc.perform(get("/signals").param("direction", "UP").with(as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("signal-" + signal.id())));
        mvc.perform(get("/signals").param("direction", "DOWN").with(as(director)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("signal-" + signal.id()))));
        mvc.perform(get("/api/v1/signals").param("status", "OPEN").with(as(director)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/v1/signals").param("status", "DISMISSED").with(as(director)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/").with(as(director)))
                .andExpect(content().string(Matchers.containsString("Open level-of-care signals")));
        mvc.perform(get("/clients/{id}", admitted.client().value()).with(as(clinician)))
                .andExpect(content().string(Matchers.containsString("chart-level-of-care")));
        mvc.perform(get("/clients/{id}/signals", admitted.client().value()).header("HX-Request", "true")
                        .with(as(clinician)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))))
                .andExpect(content().string(Matchers.containsString("PHQ-9 rose 7 points")));
        mvc.perform(post("/signals/{id}/actions", signal.id()).with(csrf()).with(as(director))
                        .param("version", String.valueOf(signal.version())).param("action", "plan-step-down")
                        .param("reason", "ok").param("back", "/signals"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Give the date the step-down is planned for")));
        assertThat(open(SignalKind.RELIABLE_DETERIORATION)).isPresent();
    }
}
