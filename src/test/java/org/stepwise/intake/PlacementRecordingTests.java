package org.stepwise.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording placements through the API on a real PostgreSQL: what is stored, what is refused (and then nothing is
 * stored), the audit rows, the {@link PlacementRecorded} event, and the database's own checks.
 */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PlacementRecordingTests {

    /** Ratings whose highest need (d3 and d5 at 2) indicates IOP, 2.1. */
    private static final String RATINGS = "{\"d1\": 1, \"d2\": 0, \"d3\": 2, \"d4\": 1, \"d5\": 2, \"d6\": 1}";
    private static final String JUSTIFICATIONS = """
            {"d1": "Last drink 10 days ago; no withdrawal signs.", "d2": "No medical concerns; sees a GP.",
             "d3": "Moderate low mood, PHQ-9 of 13, no safety concerns.", "d4": "Wants to stop; ambivalent at times.",
             "d5": "Two returns to use after past treatment.", "d6": "Lives with a supportive partner."}""";
    private static final String IOP_CANDIDATE = """
            {"needsMoreThanWeekly": true, "needs24HourCare": false, "medicallyStable": true,
             "homeSupportsRecovery": true, "motivated": true}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Placements placements;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aDifferentLevelNeedsAReasonThenIsStoredReadBackAuditedAndAnnounced(ApplicationEvents events) throws Exception {
        UUID client = newClient();

        mvc.perform(post(url(client)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content(placement("\"2.5\"", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("differenceReason"))
                .andExpect(jsonPath("$.errors[0].message").value("The level provided (2.5) differs from the indicated "
                        + "level (2.1): say why (1 to 2000 characters)."));
        assertThat(placementsOf(client)).isZero();
        assertThat(auditOf(client)).isEmpty();
        assertThat(events.stream(PlacementRecorded.class)).isEmpty();

        MvcResult created = mvc.perform(post(url(client)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(placement("\"2.5\"", "\"Works nights: only the day program fits her hours.\"", null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clientId").value(client.toString()))
                .andExpect(jsonPath("$.framework").value("substance-use"))
                .andExpect(jsonPath("$.ruleTable").value("Stepwise default substance-use table, edition 1"))
                .andExpect(jsonPath("$.indicatedLevel").value("2.1"))
                .andExpect(jsonPath("$.drivers[0]").value("d3"))
                .andExpect(jsonPath("$.drivers[1]").value("d5"))
                .andExpect(jsonPath("$.drivers[2]").value("needsMoreThanWeekly"))
                .andExpect(jsonPath("$.reasons[0]").value("Emotional and behavioral health rated 2 calls for level 2.1."))
                .andExpect(jsonPath("$.providedLevel").value("2.5"))
                .andExpect(jsonPath("$.differenceReason").value("Works nights: only the day program fits her hours."))
                .andExpect(jsonPath("$.ratings.d3").value(2))
                .andExpect(jsonPath("$.justifications.d6").value("Lives with a supportive partner."))
                .andExpect(jsonPath("$.candidacy.needsMoreThanWeekly").value(true))
                .andExpect(jsonPath("$.candidacy.needs24HourCare").value(false))
                .andExpect(jsonPath("$.assessedOn").value(LocalDate.now(clock).toString()))
                .andExpect(jsonPath("$.reassessOn").value(LocalDate.now(clock).plusDays(30).toString()))
                .andExpect(jsonPath("$.assessedBy.name").value(SignedIn.demoAccount(staff, Role.CLINICIAN).displayName()))
                .andReturn();
        String id = json(created).get("id").asString();

        mvc.perform(get(url(client)).with(SignedIn.asDemoAccount(staff, Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].indicatedLevel").value("2.1"))
                .andExpect(jsonPath("$[0].providedLevel").value("2.5"))
                .andExpect(jsonPath("$[0].drivers.length()").value(3))
                .andExpect(jsonPath("$[0].justifications.d3").value("Moderate low mood, PHQ-9 of 13, no safety concerns."));

        assertThat(auditOf(client)).containsExactly(
                List.of(SignedIn.demoAccount(staff, Role.CLINICIAN).username(), "CLINICIAN", "CREATE", "placement",
                        "indicated 2.1, provided 2.5"),
                List.of(SignedIn.demoAccount(staff, Role.CASE_MANAGER).username(), "CASE_MANAGER", "VIEW",
                        "placement", "1 placement(s)"));
        assertThat(events.stream(PlacementRecorded.class)).singleElement().satisfies(event -> {
            assertThat(event.placement().toString()).isEqualTo(id);
            assertThat(event.client()).isEqualTo(new ClientId(client));
            assertThat(event.framework()).isEqualTo(PlacementFramework.SUBSTANCE_USE);
            assertThat(event.indicatedLevel()).isEqualTo(LevelOfCare.L2_1);
            assertThat(event.providedLevel()).isEqualTo(LevelOfCare.L2_5);
        });
        assertThat(placements.latest(new ClientId(client))).hasValueSatisfying(latest -> {
            assertThat(latest.id().toString()).isEqualTo(id);
            assertThat(latest.differsFromIndicated()).isTrue();
            assertThat(latest.ratings().keySet()).containsExactly("d1", "d2", "d3", "d4", "d5", "d6");
            assertThat(latest.ratings().values()).containsExactly(1, 0, 2, 1, 2, 1);
        });
    }

    @Test
    void theLatestPlacementIsTheMostRecentAssessment() throws Exception {
        UUID client = newClient();
        LocalDate today = LocalDate.now(clock);
        record(client, placement("\"2.1\"", null, "\"assessedOn\": \"" + today.minusDays(20) + "\""));
        record(client, placement("\"2.1\"", null, "\"assessedOn\": \"" + today + "\", \"reassessOn\": \""
                + today.plusDays(14) + "\""));
        record(client, placement("\"2.1\"", null, "\"assessedOn\": \"" + today.minusDays(40) + "\""));
        assertThat(placements.latest(new ClientId(client))).get()
                .extracting(Placement::assessedOn, Placement::reassessOn)
                .containsExactly(today, today.plusDays(14));
        mvc.perform(get(url(client)).with(SignedIn.asDemoAccount(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(jsonPath("$[0].assessedOn").value(today.toString()))
                .andExpect(jsonPath("$[1].assessedOn").value(today.minusDays(20).toString()))
                .andExpect(jsonPath("$[2].assessedOn").value(today.minusDays(40).toString()));
        assertThat(placements.latest(new ClientId(newClient()))).isEmpty();
    }

    @Test
    void needing24HourCareIndicatesResidentialAndProvidingIopThenNeedsAReason() throws Exception {
        UUID client = newClient();
        String answers = IOP_CANDIDATE.replace("\"needs24HourCare\": false", "\"needs24HourCare\": true");
        String body = placement("\"2.1\"", "\"No residential bed for three weeks; IOP with daily check-ins meanwhile.\"",
                null).replace(IOP_CANDIDATE, answers);
        mvc.perform(post(url(client)).with(SignedIn.asDemoAccount(staff, Role.NURSE)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicatedLevel").value("3.1"))
                .andExpect(jsonPath("$.drivers[0]").value("needs24HourCare"))
                .andExpect(jsonPath("$.providedLevel").value("2.1"));
    }

    @Test
    void resendingThePlacementWithTheSameIdStoresItOnce(ApplicationEvents events) throws Exception {
        UUID client = newClient();
        String id = UUID.randomUUID().toString();
        String body = placement("\"2.1\"", null, "\"id\": \"" + id + "\"");
        mvc.perform(post(url(client)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(post(url(client)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        assertThat(placementsOf(client)).isOne();
        assertThat(auditOf(client)).hasSize(1);
        assertThat(events.stream(PlacementRecorded.class)).hasSize(1);

        UUID other = newClient();
        mvc.perform(post(url(other)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A placement with id " + id + " already exists for another "
                        + "client; send a new id."));
        assertThat(placementsOf(other)).isZero();
    }

    @Test
    void anUnknownOrDeletedClientIsNotFoundAndNothingIsAudited() throws Exception {
        UUID nobody = UUID.randomUUID();
        mvc.perform(post(url(nobody)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content(placement("\"2.1\"", null, null)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no client with id " + nobody + "."));
        mvc.perform(get(url(nobody)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)))
                .andExpect(status().isNotFound());
        UUID deleted = newClient();
        jdbc.sql("UPDATE client SET deleted_at = now(), deleted_by = 'director', deletion_reason = 'duplicate' "
                + "WHERE id = ?").param(deleted).update();
        mvc.perform(get(url(deleted)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)))
                .andExpect(status().isNotFound());
        assertThat(auditOf(nobody)).isEmpty();
        assertThat(auditOf(deleted)).isEmpty();
        mvc.perform(get("/api/v1/clients/not-a-uuid/placements").with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("clientId"));
    }

    @Test
    void onlyRolesThatWriteClinicalRecordsMayRecordAndOnlyThoseThatReadThemMayRead() throws Exception {
        UUID client = newClient();
        mvc.perform(post(url(client)).with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(placement("\"2.1\"", null, null)))
                .andExpect(status().isForbidden());
        mvc.perform(get(url(client)).with(SignedIn.asDemoAccount(staff, Role.BILLER)))
                .andExpect(status().isForbidden());
        mvc.perform(get(url(client)).with(SignedIn.asDemoAccount(staff, Role.FRONT_DESK)))
                .andExpect(status().isForbidden());
        assertThat(placementsOf(client)).isZero();
    }

    static Stream<Arguments> badPlacements() {
        String ok = placement("\"2.1\"", null, null);
        return Stream.of(
                Arguments.of("justification missing", ok.replace("\"d2\": \"No medical concerns; sees a GP.\",", ""),
                        "justifications.d2", "The justification of d2 (Physical health) is required (1 to 2000 "
                                + "characters)."),
                Arguments.of("script in a justification", ok.replace("Lives with a supportive partner.",
                        "<script>alert(1)</script>"), "justifications.d6", "The justification of d6 (Recovery "
                                + "environment) must be plain text: remove anything that looks like an HTML tag (such as "
                                + "<script>)."),
                Arguments.of("justification too long", ok.replace("Lives with a supportive partner.", "x".repeat(2001)),
                        "justifications.d6", "The justification of d6 (Recovery environment) is 2001 characters long; "
                                + "the limit is 2000."),
                Arguments.of("justification not text", ok.replace("\"Lives with a supportive partner.\"", "42"),
                        "justifications.d6", "Write the justifications of d6 as text."),
                Arguments.of("reason too long", placement("\"2.5\"", "\"" + "y".repeat(2001) + "\"", null),
                        "differenceReason", "The reason for the difference is 2001 characters long; the limit is 2000."),
                Arguments.of("unknown level", placement("\"2.2\"", null, null), "providedLevel",
                        "\"2.2\" is not a level of care: use one of 1, 2.1, 2.5, 3.1, 3.5, 3.7, 4."),
                Arguments.of("level missing", placement("null", null, null), "providedLevel",
                        "providedLevel is required."),
                Arguments.of("rating out of range", ok.replace("\"d1\": 1", "\"d1\": 7"), "ratings.d1",
                        "The rating of d1 (Withdrawal potential) must be 0 to 4, not 7."),
                Arguments.of("rating as text", ok.replace("\"d1\": 1", "\"d1\": \"1\""), "ratings.d1",
                        "The rating of d1 must be a whole number from 0 to 4."),
                Arguments.of("date in the wrong form", placement("\"2.1\"", null, "\"assessedOn\": \"03/01/2026\""),
                        "assessedOn", "\"03/01/2026\" is not a date: write it as yyyy-mm-dd."),
                Arguments.of("assessment in the future", placement("\"2.1\"", null, "\"assessedOn\": \"2999-01-01\""),
                        "assessedOn", "The assessment date cannot be in the future (today is " + LocalDate.now() + ")."),
                Arguments.of("id not a UUID", placement("\"2.1\"", null, "\"id\": \"abc\""), "id",
                        "The id must be a UUID (or left out for a new one)."),
                Arguments.of("unknown framework", ok.replace("substance-use", "asam"), "framework",
                        "Unknown framework \"asam\": use one of substance-use, mental-health."),
                Arguments.of("candidacy incomplete", ok.replace(", \"motivated\": true", ""), "candidacy.motivated",
                        "Answer motivated with true or false."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPlacements")
    void badInputIsRefusedByNameAndStoresNothing(String name, String body, String field, String message)
            throws Exception {
        UUID client = newClient();
        mvc.perform(post(url(client)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message").value(message));
        assertThat(placementsOf(client)).isZero();
        assertThat(auditOf(client)).isEmpty();
    }

    @Test
    void theDatabaseItselfRefusesAPlacementThatBreaksTheRules() {
        UUID client = newClient();
        UUID clinician = SignedIn.demoAccount(staff, Role.CLINICIAN).id().value();
        // provided differs from indicated without a reason
        assertThatThrownBy(() -> insertDirectly(client, clinician, false, "2.1", "2.5", null, 6))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("placement_check");
        // needs 24-hour care yet indicated IOP
        assertThatThrownBy(() -> insertDirectly(client, clinician, true, "2.1", "2.1", null, 6))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("placement_check");
        // a dimension left unrated: refused when the transaction commits
        assertThatThrownBy(() -> insertDirectly(client, clinician, false, "2.1", "2.1", null, 5))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("rates 5 of the 6 dimensions");
        assertThat(placementsOf(client)).isZero();
        // a complete, consistent row is accepted, and can then be neither changed nor removed
        UUID id = insertDirectly(client, clinician, false, "2.1", "2.5", "Day program fits her hours.", 6);
        assertThatThrownBy(() -> jdbc.sql("UPDATE placement SET provided_level = '1' WHERE id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM placement_rating WHERE placement_id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    private UUID insertDirectly(UUID client, UUID assessedBy, boolean needs24HourCare, String indicated,
            String provided, String reason, int ratedDimensions) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO placement (id, client_id, framework, rule_table, needs_more_than_weekly, needs_24_hour_care,
                                           medically_stable, home_supports_recovery, motivated, indicated_level, drivers,
                                           reasons, provided_level, difference_reason, assessed_on, reassess_on,
                                           assessed_by, created_at)
                    VALUES (?, ?, 'substance-use', 'test', true, ?, true, true, true, ?, ARRAY['d3'], ARRAY['why'], ?, ?,
                            current_date, current_date + 30, ?, now())""")
                    .params(id, client, needs24HourCare, indicated, provided, reason, assessedBy)
                    .update();
            for (int d = 1; d <= ratedDimensions; d++) {
                jdbc.sql("INSERT INTO placement_rating VALUES (?, 'substance-use', ?, ?, 2, 'seen')")
                        .params(id, "d" + d, d - 1).update();
            }
        });
        return id;
    }

    private void record(UUID client, String body) throws Exception {
        mvc.perform(post(url(client)).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
    }

    private static String placement(String providedLevel, String differenceReason, String extra) {
        return "{\"framework\": \"substance-use\", \"ratings\": " + RATINGS + ", \"justifications\": " + JUSTIFICATIONS
                + ", \"candidacy\": " + IOP_CANDIDATE + ", \"providedLevel\": " + providedLevel
                + (differenceReason == null ? "" : ", \"differenceReason\": " + differenceReason)
                + (extra == null ? "" : ", " + extra) + "}";
    }

    private static String url(UUID client) {
        return "/api/v1/clients/" + client + "/placements";
    }

    private UUID newClient() {
        return org.stepwise.TestClients.insert(jdbc, clock, "Placement");
    }

    private long placementsOf(UUID client) {
        return jdbc.sql("SELECT count(*) FROM placement WHERE client_id = ?").param(client).query(Long.class).single();
    }

    private List<List<String>> auditOf(UUID client) {
        return jdbc.sql("SELECT username, role, action, subject, detail FROM audit_event WHERE client_id = ? ORDER BY seq")
                .param(client)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
    }
}
