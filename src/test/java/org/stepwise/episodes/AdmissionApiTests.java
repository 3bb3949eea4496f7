package org.stepwise.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Admission through the API on a real PostgreSQL: defaults, capacity and the waitlist, events, audit, refusals. */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AdmissionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    EpisodeFixtures fixtures;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new EpisodeFixtures(jdbc, clock);
        today = LocalDate.now(clock);
    }

    String body(UUID track, String extra) {
        return "{\"trackId\":\"" + track + "\",\"admittedOn\":\"" + today + "\",\"primaryDiagnosis\":\"F32.1\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    MvcResult admit(UUID client, String body) throws Exception {
        return mvc.perform(post("/api/v1/clients/" + client + "/admissions").with(SignedIn.as(staff, Role.INTAKE_COORDINATOR))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    static JsonNode json(MvcResult result) throws Exception {
        return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
    }

    @Test
    void admissionTakesTheProgramsDefaultsIsAuditedAnnouncedAndReadBack(ApplicationEvents events) throws Exception {
        UUID track = fixtures.newTrack(5);
        UUID client = fixtures.newClient("Defaults");
        UUID referral = UUID.randomUUID();
        var program = jdbc.sql("SELECT default_weekly_hours, default_length_days FROM program WHERE id = ?")
                .param(fixtures.programOf(track))
                .query((rs, row) -> List.of(rs.getBigDecimal(1), rs.getInt(2))).single();
        int length = (Integer) program.get(1);

        MvcResult result = admit(client, body(track, "\"referralId\":\"" + referral + "\",\"certifiedOn\":\"" + today
                + "\",\"certifyingPhysician\":\"Dr Ada Okafor\",\"otherDiagnoses\":[\"f10.20\"]"));
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode outcome = json(result);
        assertThat(outcome.get("outcome").asString()).isEqualTo("ADMITTED");
        assertThat(outcome.has("position")).isFalse();
        UUID episode = UUID.fromString(outcome.get("episodeId").asString());

        mvc.perform(get("/api/v1/episodes/" + episode).with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.weeklyHours").value(((BigDecimal) program.get(0)).doubleValue()))
                .andExpect(jsonPath("$.plannedLengthDays").value(length))
                .andExpect(jsonPath("$.plannedEnd").value(today.plusDays(length).toString()))
                .andExpect(jsonPath("$.daysRemaining").value(length))
                .andExpect(jsonPath("$.levelOfCare").value("2.1"))
                .andExpect(jsonPath("$.diagnoses[0]").value("F32.1"))
                .andExpect(jsonPath("$.diagnoses[1]").value("F10.20"))
                .andExpect(jsonPath("$.referralId").value(referral.toString()))
                .andExpect(jsonPath("$.certification.recertificationDue").value(today.plusMonths(2).toString()))
                .andExpect(jsonPath("$.history[0].to").value("ADMITTED"))
                .andExpect(jsonPath("$.history[0].by").value(staff.activeWithRole(Role.INTAKE_COORDINATOR).getFirst().username()));

        assertThat(events.stream(ClientAdmitted.class)).containsExactly(
                new ClientAdmitted(episode, client, referral, today));
        assertThat(jdbc.sql("SELECT action || ' ' || subject FROM audit_event WHERE client_id = ? ORDER BY seq")
                .param(client).query(String.class).list()).containsExactly("CREATE episode", "VIEW episode");
    }

    @Test
    void aFullTrackWaitlistsWithPositionAndExpectedStart(ApplicationEvents events) throws Exception {
        UUID track = fixtures.newTrack(2);
        UUID first = fixtures.newClient("First");
        UUID second = fixtures.newClient("Second");
        admit(first, body(track, "\"plannedLengthDays\":30"));
        admit(second, body(track, "\"plannedLengthDays\":20"));

        UUID third = fixtures.newClient("Third");
        UUID fourth = fixtures.newClient("Fourth");
        UUID fifth = fixtures.newClient("Fifth");
        JsonNode waiting = json(admit(third, body(track, "")));
        assertThat(waiting.get("outcome").asString()).isEqualTo("WAITLISTED");
        assertThat(waiting.get("position").asInt()).isEqualTo(1);
        assertThat(waiting.get("expectedStart").asString()).isEqualTo(today.plusDays(20).toString());
        JsonNode next = json(admit(fourth, body(track, "")));
        assertThat(next.get("position").asInt()).isEqualTo(2);
        assertThat(next.get("expectedStart").asString()).isEqualTo(today.plusDays(30).toString());
        JsonNode unknown = json(admit(fifth, body(track, "")));
        assertThat(unknown.get("position").asInt()).isEqualTo(3);
        assertThat(unknown.has("expectedStart")).isFalse();

        assertThat(events.stream(ClientWaitlisted.class)).extracting(ClientWaitlisted::clientId)
                .containsExactly(third, fourth, fifth);
        assertThat(events.stream(ClientWaitlisted.class)).allMatch(e -> e.trackId().equals(track));

        mvc.perform(get("/api/v1/tracks/" + track + "/roster").with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capacity").value(2))
                .andExpect(jsonPath("$.free").value(0))
                .andExpect(jsonPath("$.admitted.length()").value(2))
                .andExpect(jsonPath("$.admitted[0].clientId").value(second.toString()))
                .andExpect(jsonPath("$.admitted[1].clientId").value(first.toString()))
                .andExpect(jsonPath("$.waitlist.length()").value(3))
                .andExpect(jsonPath("$.waitlist[0].clientId").value(third.toString()))
                .andExpect(jsonPath("$.waitlist[2].position").value(3));
    }

    @Test
    void resendingTheSameRequestStoresOneEpisodeAndASecondAdmissionIsAConflict() throws Exception {
        UUID track = fixtures.newTrack(3);
        UUID client = fixtures.newClient("Twice");
        UUID request = UUID.randomUUID();
        String body = body(track, "\"requestId\":\"" + request + "\"");
        assertThat(admit(client, body).getResponse().getStatus()).isEqualTo(201);
        MvcResult again = admit(client, body);
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(json(again).get("episodeId").asString()).isEqualTo(request.toString());
        MvcResult other = admit(client, body(track, ""));
        assertThat(other.getResponse().getStatus()).isEqualTo(409);
        assertThat(json(other).get("detail").asString()).contains("already admitted");
        assertThat(fixtures.count("SELECT count(*) FROM episode WHERE client_id = ?", client)).isEqualTo(1);
    }

    @Test
    void theCareTeamIsWrittenThroughTheRegistry() throws Exception {
        UUID track = fixtures.newTrack(3);
        UUID client = fixtures.newClient("Team");
        StaffMember clinician = staff.activeWithRole(Role.CLINICIAN).getFirst();
        MvcResult result = admit(client, body(track, "\"careTeam\":[{\"staffId\":\"" + clinician.id()
                + "\",\"roleOnTeam\":\"Primary clinician\"}]"));
        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT role_on_team FROM care_team_member WHERE client_id = ? AND staff_id = ?")
                .params(client, clinician.id().value()).query(String.class).list()).containsExactly("Primary clinician");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"weeklyHours\":25",
            "\"weeklyHours\":5",
            "\"plannedLengthDays\":13",
            "\"plannedLengthDays\":400",
            "\"levelOfCare\":\"2.2\"",
            "\"otherDiagnoses\":[\"<script>alert(1)</script>\"]",
            "\"payerName\":\"Aetna\",\"authorizationStart\":\"2026-05-02\",\"authorizationEnd\":\"2026-05-01\"",
            "\"certifiedOn\":\"2999-01-01\",\"certifyingPhysician\":\"Dr Who\"",
            "\"careTeam\":[{\"staffId\":\"7d1e1c9e-5c1b-4c59-9a37-0d5c7a0b2f11\",\"roleOnTeam\":\"x\"}]",
            "\"careTeam\":[null]",
            "\"otherDiagnoses\":[null]"})
    void badInputIsRefusedWithA400NamingTheFieldAndStoresNothing(String extra) throws Exception {
        UUID track = fixtures.newTrack(3);
        UUID client = fixtures.newClient("Refused");
        MvcResult result = admit(client, body(track, extra));
        if (extra.contains("null]")) {
            assertThat(result.getResponse().getStatus()).isIn(201);
            return;
        }
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json(result).get("errors").get(0).get("field").asString()).isNotBlank();
        assertThat(fixtures.count("SELECT count(*) FROM episode WHERE client_id = ?", client)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE client_id = ?", client)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[]", "{\"trackId\":\"not-a-uuid\"}", "{\"weeklyHours\":\"lots\"}",
            "{\"admittedOn\":\"31/12/2026\"}", "{}"})
    void malformedBodiesGetA400(String body) throws Exception {
        UUID client = fixtures.newClient("Malformed");
        assertThat(admit(client, body).getResponse().getStatus()).isEqualTo(400);
        assertThat(fixtures.count("SELECT count(*) FROM episode WHERE client_id = ?", client)).isZero();
    }

    @Test
    void unknownClientsTracksAndEpisodesAre404Or400() throws Exception {
        UUID track = fixtures.newTrack(3);
        assertThat(admit(UUID.randomUUID(), body(track, "")).getResponse().getStatus()).isEqualTo(404);
        MvcResult noTrack = admit(fixtures.newClient("NoTrack"), body(UUID.randomUUID(), ""));
        assertThat(noTrack.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(noTrack).get("errors").get(0).get("field").asString()).isEqualTo("track");
        mvc.perform(get("/api/v1/episodes/" + UUID.randomUUID()).with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/tracks/" + UUID.randomUUID() + "/roster").with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFrontDeskSeesTheEpisodeButNotItsDiagnosesOrPayer() throws Exception {
        UUID track = fixtures.newTrack(3);
        UUID client = fixtures.newClient("Desk");
        admit(client, body(track, "\"payerName\":\"Aetna\""));
        mvc.perform(get("/api/v1/clients/" + client + "/episodes").with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("ADMITTED"))
                .andExpect(jsonPath("$[0].diagnoses").doesNotExist())
                .andExpect(jsonPath("$[0].payer").doesNotExist());
        mvc.perform(get("/api/v1/clients/" + client + "/episodes").with(SignedIn.as(staff, Role.BILLER)))
                .andExpect(jsonPath("$[0].payer.name").value("Aetna"));
    }
}
