package org.stepwise.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * Recording administrations for a client on real PostgreSQL: stored with the score, audited, published as
 * {@link MeasureScored} (and kept in the event publication registry until a listener has handled it), read back newest
 * first; bad input stores nothing.
 */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
@Import(MeasureRecordingTests.Listener.class)
class MeasureRecordingTests {

    /** A listener in another module would look like this. */
    static class Listener {

        private final List<MeasureScored> received = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(MeasureScored event) {
            received.add(event);
        }

        List<MeasureScored> received() {
            return received;
        }
    }

    @Autowired
    MeasureRecording recording;

    @Autowired
    MeasureHistory history;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    MockMvc mvc;

    @Autowired
    Listener listener;

    @Autowired
    ApplicationEvents events;

    private ClientId client;

    @BeforeEach
    void aClientAndASignedInClinician() {
        client = insertClient();
        SecurityContextHolder.getContext().setAuthentication(
                SignedIn.token(SignedIn.demoAccount(staff, Role.CLINICIAN), Role.CLINICIAN));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ClientId insertClient() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO client (id, record_number, given_name, family_name, date_of_birth, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, 'SW-' || lpad(nextval('client_record_number_seq')::text, 6, '0'), 'Robin', 'Measure',
                        DATE '1990-04-01', now(), 'test', now(), 'test')""")
                .param(id)
                .update();
        return new ClientId(id);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(client.value()).query(Long.class).single();
    }

    @Test
    void recordsAnAdministrationReadsTheHistoryAndPublishesMeasureScored() throws InterruptedException {
        MeasureAdministration older = recording.record(client, "gad7", List.of(1, 1, 1, 1, 1, 1, 1),
                MeasureOptions.none(), LocalDate.now().minusDays(14));
        MeasureAdministration phq9 = recording.record(client, "phq9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1),
                MeasureOptions.none(), LocalDate.now());

        assertThat(phq9.total()).isEqualTo(9);
        assertThat(phq9.band()).isEqualTo("mild");
        assertThat(phq9.flags()).containsExactly("item9-suicidal-ideation");
        assertThat(phq9.enteredBy()).isEqualTo(SignedIn.demoAccount(staff, Role.CLINICIAN).id());

        assertThat(history.forClient(client)).extracting(MeasureAdministration::id)
                .containsExactly(phq9.id(), older.id());
        MeasureAdministration stored = history.forClient(client).getFirst();
        assertThat(stored.answers()).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1);
        assertThat(stored.flags()).containsExactly("item9-suicidal-ideation");
        assertThat(stored.positive()).isFalse();
        assertThat(stored.version()).isEqualTo("1");

        assertThat(events.stream(MeasureScored.class)).containsExactly(
                new MeasureScored(older.id(), client, "gad7", 7, "mild", List.of(), older.administeredOn()),
                new MeasureScored(phq9.id(), client, "phq9", 9, "mild", List.of("item9-suicidal-ideation"),
                        LocalDate.now()));
        assertThat(count("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'CREATE' "
                + "AND subject IN ('measure gad7', 'measure phq9') AND detail = 'mild'")).isEqualTo(2);

        // A module listening with @ApplicationModuleListener receives it after commit, through the publication registry.
        waitUntil(() -> listener.received().stream().anyMatch(e -> e.administration().equals(phq9.id())));
        waitUntil(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%MeasureScored' "
                + "AND listener_id LIKE '%MeasureRecordingTests%' "
                + "AND serialized_event LIKE ? AND completion_date IS NOT NULL")
                .param("%" + phq9.id() + "%").query(Long.class).single() == 1);
    }

    @Test
    void storesTheInstrumentSpecificScoresAndOptions() {
        recording.record(client, "cssrs", List.of(1, 1, 0, 0, 0, 1), new MeasureOptions(null, false), null);
        recording.record(client, "bam", List.of(1, 1, 1, 2, 2, 2, 4, 1, 3, 3, 1, 3, 3, 3, 1, 3, 4),
                MeasureOptions.none(), null);
        recording.record(client, "auditc", List.of(1, 1, 1), new MeasureOptions("male", null), null);

        List<MeasureAdministration> all = history.forClient(client);
        MeasureAdministration cssrs = all.stream().filter(a -> a.instrument().equals("cssrs")).findFirst().orElseThrow();
        assertThat(cssrs.total()).isNull();
        assertThat(cssrs.band()).isEqualTo("moderate");
        assertThat(cssrs.recentBehavior()).isFalse();
        assertThat(cssrs.extraScores()).containsEntry("riskLevel", "moderate");
        assertThat(cssrs.flags()).containsExactly("suicide-risk-moderate");
        MeasureAdministration bam = all.stream().filter(a -> a.instrument().equals("bam")).findFirst().orElseThrow();
        assertThat(bam.extraScores()).containsEntry("use", 6).containsEntry("risk", 6).containsEntry("protective", 18);
        assertThat(bam.positive()).isNull();
        MeasureAdministration auditC = all.stream().filter(a -> a.instrument().equals("auditc")).findFirst()
                .orElseThrow();
        assertThat(auditC.sex()).isEqualTo("male");
        assertThat(auditC.positive()).isFalse();
    }

    @Test
    void badInputStoresNothingAndAuditsNothing() {
        long audits = count("SELECT count(*) FROM audit_event WHERE client_id = ?");

        assertThatThrownBy(() -> recording.record(client, "phq9", List.of(4, 0, 0, 0, 0, 0, 0, 0, 0),
                MeasureOptions.none(), null)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("Item 1");
        assertThatThrownBy(() -> recording.record(client, "phq9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0),
                MeasureOptions.none(), LocalDate.now().plusDays(1))).hasMessageContaining("in the future");
        assertThatThrownBy(() -> recording.record(client, "nope", List.of(), MeasureOptions.none(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recording.record(ClientId.random(), "phq9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0),
                MeasureOptions.none(), null)).isInstanceOf(NotFoundException.class);

        assertThat(count("SELECT count(*) FROM measure_administration WHERE client_id = ?")).isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE client_id = ?")).isEqualTo(audits);
        assertThat(events.stream(MeasureScored.class)).isEmpty();
    }

    @Test
    void theDatabaseRefusesAnswersAndFlagsThatCouldNotHaveBeenScored() {
        UUID staffId = SignedIn.demoAccount(staff, Role.CLINICIAN).id().value();
        String insert = """
                INSERT INTO measure_administration (id, client_id, instrument, definition_version, administered_on,
                    entered_by, answers, flags, created_at)
                VALUES (gen_random_uuid(), ?, 'phq9', '1', CURRENT_DATE, ?, ?::int[], ?::text[], now())""";
        for (String[] bad : List.of(new String[] {"{1,NULL,2}", "{}"}, new String[] {"{-1}", "{}"},
                new String[] {"{}", "{}"}, new String[] {"{1}", "{NULL}"})) {
            assertThatThrownBy(() -> jdbc.sql(insert).params(client.value(), staffId, bad[0], bad[1]).update())
                    .as(String.join(" ", bad))
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
    }

    // ---- through the JSON API ----

    private ResultActions post(Role role, ClientId client, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/clients/" + client + "/measures").with(SignedIn.asDemoAccount(staff, role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aNurseRecordsThroughTheApiAndADirectorReadsTheHistoryWhichIsAuditedAsAView() throws Exception {
        post(Role.NURSE, client, """
                {"instrument":"who5","answers":[3,3,3,2,2],"administeredOn":"2026-01-05"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.instrument").value("who5"))
                .andExpect(jsonPath("$.administeredOn").value("2026-01-05"))
                .andExpect(jsonPath("$.total").value(13))
                .andExpect(jsonPath("$.percent").value(52))
                .andExpect(jsonPath("$.band").value("adequate"))
                .andExpect(jsonPath("$.id").exists());

        mvc.perform(get("/api/v1/clients/" + client + "/measures").with(SignedIn.asDemoAccount(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].instrument").value("who5"))
                .andExpect(jsonPath("$[0].answers[4]").value(2))
                .andExpect(jsonPath("$[0].percent").value(52));

        String director = SignedIn.demoAccount(staff, Role.PROGRAM_DIRECTOR).username();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'VIEW' "
                + "AND subject = 'measure history' AND username = ?").params(client.value(), director)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theApiRefusesBadInputWithA4xxAndStoresNothing() throws Exception {
        post(Role.CLINICIAN, client, "{\"instrument\":\"audit\",\"answers\":[0,0,0,0,0,0,0,0,1,0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[8]"));
        post(Role.CLINICIAN, client, "{\"answers\":[0,0,0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("instrument"));
        post(Role.CLINICIAN, client, "{\"instrument\":\"phq9\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"));
        post(Role.CLINICIAN, client, "{\"instrument\":\"phq9\",\"answers\":[0,0,0,0,0,0,0,0,0],\"administeredOn\":\"yesterday\"}")
                .andExpect(status().isBadRequest());
        post(Role.CLINICIAN, client, "{\"instrument\":\"<script>alert(1)</script>\",\"answers\":[0]}")
                .andExpect(status().isBadRequest());
        post(Role.CLINICIAN, client, "{\"instrument\":\"phq11\",\"answers\":[0]}")
                .andExpect(status().isNotFound());
        post(Role.CLINICIAN, ClientId.random(), "{\"instrument\":\"phq9\",\"answers\":[0,0,0,0,0,0,0,0,0]}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clients/" + ClientId.random() + "/measures").with(SignedIn.asDemoAccount(staff, Role.NURSE)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/clients/not-a-uuid/measures").with(SignedIn.asDemoAccount(staff, Role.NURSE)))
                .andExpect(status().isBadRequest());

        assertThat(count("SELECT count(*) FROM measure_administration WHERE client_id = ?")).isZero();
    }

    @Test
    void rolesWithoutClinicalAccessAreRefused() throws Exception {
        post(Role.FRONT_DESK, client, "{\"instrument\":\"phq9\",\"answers\":[0,0,0,0,0,0,0,0,0]}")
                .andExpect(status().isForbidden());
        post(Role.PROGRAM_DIRECTOR, client, "{\"instrument\":\"phq9\",\"answers\":[0,0,0,0,0,0,0,0,0]}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clients/" + client + "/measures").with(SignedIn.asDemoAccount(staff, Role.BILLER)))
                .andExpect(status().isForbidden());

        assertThat(count("SELECT count(*) FROM measure_administration WHERE client_id = ?")).isZero();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 seconds");
            }
            Thread.sleep(50);
        }
    }


    /** The demo clinic's named account of a role (the generated staff sort around it by name). */
    private static String demoUsername(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> "admin";
            case PROGRAM_DIRECTOR -> "director";
            case CLINICIAN -> "clinician";
            case PRESCRIBER -> "prescriber";
            case NURSE -> "nurse";
            case CASE_MANAGER -> "casemanager";
            case INTAKE_COORDINATOR -> "intake";
            case BILLER -> "biller";
            case FRONT_DESK -> "frontdesk";
        };
    }
}
