package org.stepwise.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.ClientAdmitted;
import org.stepwise.episodes.ClientWaitlisted;
import org.stepwise.intake.internal.ReferralManagement;
import org.stepwise.intake.internal.Referrals;
import org.stepwise.intake.referral.ReferralSource;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The referral pipeline through the whole application on a real PostgreSQL: the API and the pages, moves and their
 * guards, optimistic locking, bad input (refused, nothing stored), the client link with the duplicate check, the
 * admission events, the timings report, the Today cards and the chart section.
 */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReferralPipelineAppTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ReferralManagement management;

    // ----- API: receive, read, move

    @Test
    void aReferralIsReceivedOnceReadBackAuditedAndAnnounced(ApplicationEvents events) throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = referral(uniqueName());
        body.put("id", id.toString());
        body.put("referrerName", "Dr Ada Reyes");
        body.put("payerName", "Acme Health");
        body.put("memberId", "AH-1234");
        body.put("receivedAt", "2026-01-05T09:30:00Z");
        mvc.perform(api(post("/api/v1/referrals"), body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.source").value("PRIMARY_CARE"))
                .andExpect(jsonPath("$.referrer.name").value("Dr Ada Reyes"))
                .andExpect(jsonPath("$.insurance.memberId").value("AH-1234"))
                .andExpect(jsonPath("$.receivedAt").value("2026-01-05T09:30:00Z"))
                .andExpect(jsonPath("$.allowedMoves[0]").value("FIRST_CONTACT"))
                .andExpect(jsonPath("$.history.length()").value(0));
        // A retried request stores nothing more.
        mvc.perform(api(post("/api/v1/referrals"), body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id.toString()));
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE id = ?").param(id).query(Long.class).single()).isOne();
        assertThat(events.stream(ReferralReceived.class).filter(e -> e.referralId().equals(id))).hasSize(1);
        assertThat(audit("CREATE", id)).isOne();

        mvc.perform(get("/api/v1/referrals/" + id).with(SignedIn.asDemoAccount(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.person.familyName").value(body.get("familyName")));
        assertThat(audit("VIEW", id)).isOne();
        mvc.perform(get("/api/v1/referrals").param("status", "NEW").with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referrals[?(@.id == '" + id + "')].status").value("NEW"));
    }

    @Test
    void movesFollowThePipelineWithWhoWhenAndWhyAndRefuseWhatTheStatusDoesNotAllow(ApplicationEvents events)
            throws Exception {
        UUID id = receive(uniqueName());
        move(id, "FIRST_CONTACT", "Called back, spoke to her.", 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FIRST_CONTACT")).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.history[0].from").value("NEW"))
                .andExpect(jsonPath("$.history[0].by").value("intake"))
                .andExpect(jsonPath("$.history[0].reason").value("Called back, spoke to her."))
                .andExpect(jsonPath("$.timings.hoursToFirstContact").isNumber());
        // The same request again (a retry) is harmless.
        move(id, "FIRST_CONTACT", "Called back, spoke to her.", 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        assertThat(historyOf(id)).isEqualTo(1);

        // Skipping a stage, going back and a stale version are conflicts that name the current status.
        move(id, "DECISION", null, 1).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This referral is FIRST_CONTACT: it cannot move to DECISION. From "
                        + "FIRST_CONTACT it can move to SCREENING, REFERRED_ELSEWHERE, DECLINED."));
        move(id, "NEW", null, 1).andExpect(status().isConflict());
        move(id, "SCREENING", null, 0).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("it is now FIRST_CONTACT")));
        move(id, "SCREENING", null, 1).andExpect(status().isOk());
        // Assessment needs the client.
        move(id, "ASSESSMENT", null, 2).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("This referral is SCREENING and "
                        + "not yet linked to a client")));
        // Outcomes need a reason; admitted and waitlisted come from the admission page only.
        move(id, "DECLINED", "  ", 2).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        move(id, "ADMITTED", "Just admit.", 2).andExpect(status().isConflict());
        move(id, "DECLINED", "Chose a program nearer home.", 2).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED")).andExpect(jsonPath("$.allowedMoves.length()").value(0));
        move(id, "FIRST_CONTACT", null, 3).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("This referral is DECLINED")));

        assertThat(historyOf(id)).isEqualTo(3);
        assertThat(events.stream(ReferralMoved.class).filter(e -> e.referralId().equals(id)).map(ReferralMoved::to))
                .containsExactly("FIRST_CONTACT", "SCREENING", "DECLINED");
        assertThat(audit("UPDATE", id)).isEqualTo(3);
    }

    @Test
    void badInputIsRefusedWithAFieldNamedAndNothingStored() throws Exception {
        long before = count("referral");
        String family = uniqueName();
        List<Map<String, Object>> bad = List.of(
                with(referral(family), "source", "HOSPITAL"),
                with(referral(family), "source", 7),
                with(referral(family), "urgency", "ASAP"),
                with(referral(family), "givenName", null),
                with(referral(family), "givenName", "<script>alert(1)</script>"),
                with(referral(family), "reason", "<script>alert(1)</script>"),
                with(referral(family), "reason", "x".repeat(2001)),
                with(referral(family), "familyName", "x".repeat(101)),
                with(referral(family), "dateOfBirth", "14/07/1988"),
                with(referral(family), "phone", "call me"),
                with(referral(family), "referrerEmail", "nope"),
                with(referral(family), "programId", UUID.randomUUID().toString()),
                with(referral(family), "programId", "not-a-uuid"),
                with(referral(family), "clientId", UUID.randomUUID().toString()),
                with(referral(family), "receivedAt", "2999-01-01T10:00:00Z"),
                with(referral(family), "receivedAt", "yesterday"),
                with(referral(family), "id", "42"));
        for (Map<String, Object> body : bad) {
            mvc.perform(api(post("/api/v1/referrals"), body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").isString());
        }
        mvc.perform(post("/api/v1/referrals").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\": "))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/referrals").param("status", "LOST").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/referrals").param("limit", "0").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/referrals/" + UUID.randomUUID()).with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/referrals/not-a-uuid").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isBadRequest());
        assertThat(count("referral")).isEqualTo(before);

        UUID id = receive(uniqueName());
        for (String move : List.of("{}", "{\"to\": \"FIRST_CONTACT\"}", "{\"to\": \"LOST\", \"version\": 0}",
                "{\"to\": 3, \"version\": 0}", "{\"to\": \"FIRST_CONTACT\", \"version\": \"0\"}",
                "{\"to\": \"FIRST_CONTACT\", \"version\": 0, \"reason\": \"<img src=x onerror=alert(1)>\"}",
                "{\"to\": \"FIRST_CONTACT\", \"version\": 0, \"reason\": 12}")) {
            mvc.perform(post("/api/v1/referrals/" + id + "/moves").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                            .contentType(MediaType.APPLICATION_JSON).content(move))
                    .andExpect(status().isBadRequest());
        }
        move(UUID.randomUUID(), "FIRST_CONTACT", null, 0).andExpect(status().isNotFound());
        assertThat(historyOf(id)).isZero();
        assertThat(jdbc.sql("SELECT status FROM referral WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("NEW");
    }

    // ----- pages

    @Test
    void theBoardShowsEachReferralInTheColumnOfItsStage() throws Exception {
        String family = uniqueName();
        UUID fresh = receive(family + "a");
        UUID contacted = receive(family + "b");
        move(contacted, "FIRST_CONTACT", null, 0).andExpect(status().isOk());
        UUID screening = receive(family + "c");
        move(screening, "FIRST_CONTACT", null, 0).andExpect(status().isOk());
        move(screening, "SCREENING", null, 1).andExpect(status().isOk());
        UUID declined = receive(family + "d");
        move(declined, "DECLINED", "Not ready for a program.", 0).andExpect(status().isOk());

        String board = page("/intake/referrals");
        assertThat(column(board, "NEW")).contains(fresh.toString()).doesNotContain(contacted.toString());
        assertThat(column(board, "FIRST_CONTACT")).contains(contacted.toString()).contains("Sam " + family + "b");
        assertThat(column(board, "SCREENING")).contains(screening.toString());
        assertThat(column(board, "DECLINED")).contains(declined.toString());
        assertThat(column(board, "NEW")).contains("Primary care").contains("Soon").contains("0 day(s) since received");

        String filtered = page("/intake/referrals?source=SELF");
        assertThat(filtered).doesNotContain(fresh.toString());
        mvc.perform(get("/intake/referrals").param("source", "<script>").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/intake/referrals").param("program", "nope").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/intake/referrals").param("from", "2026-13-01").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theNewReferralFormStoresOnceAndShowsErrorsBesideTheFields() throws Exception {
        long before = count("referral");
        mvc.perform(post("/intake/referrals/new").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)).with(csrf())
                        .param("id", UUID.randomUUID().toString()).param("source", "SELF").param("givenName", "Sam")
                        .param("familyName", "<b>x</b>").param("reason", "").param("urgency", "ROUTINE")
                        .param("phone", "12"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"reason-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"familyName-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"phone-error\"")));
        assertThat(count("referral")).isEqualTo(before);

        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/intake/referrals/new").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)).with(csrf())
                            .param("id", id).param("source", "FAMILY").param("givenName", "Sam")
                            .param("familyName", uniqueName()).param("reason", "Her mother called: drinking daily.")
                            .param("urgency", "URGENT").param("receivedAt", "2026-01-05T09:30"))
                    .andExpect(redirectedUrl("/intake/referrals/" + id));
        }
        assertThat(count("referral")).isEqualTo(before + 1);
        String page = page("/intake/referrals/" + id);
        assertThat(page).contains("Her mother called: drinking daily.").contains("Urgent").contains("Record first contact");
    }

    @Test
    void movesOnTheReferralPageNeedTheirReasonAndAStaleFormIsAConflict() throws Exception {
        UUID id = receive(uniqueName());
        pageMove(id, "DECLINED", "", 0).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"reason-DECLINED-error\"")));
        pageMove(id, "FIRST_CONTACT", "Left a voicemail, she called back.", 0)
                .andExpect(redirectedUrl("/intake/referrals/" + id));
        pageMove(id, "FIRST_CONTACT", "Left a voicemail, she called back.", 0)
                .andExpect(redirectedUrl("/intake/referrals/" + id)); // the double click
        pageMove(id, "SCREENING", null, 0).andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("it is now FIRST_CONTACT")));
        pageMove(id, "LOST", null, 1).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/intake/referrals/" + id + "/moves").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                .with(csrf()).param("to", "SCREENING").param("version", "abc")).andExpect(status().isUnprocessableContent());
        assertThat(historyOf(id)).isOne();
        assertThat(page("/intake/referrals/" + id)).contains("Left a voicemail, she called back.").contains("intake");
    }

    // ----- the client link

    @Test
    void aPersonAlreadyRegisteredIsShownAsAReadmissionAndLinked() throws Exception {
        Map<String, Object> known = jdbc.sql("SELECT id, given_name, family_name, date_of_birth, record_number FROM client "
                + "WHERE deleted_at IS NULL ORDER BY record_number LIMIT 1").query().singleRow();
        Map<String, Object> body = referral((String) known.get("family_name"));
        body.put("givenName", known.get("given_name"));
        body.put("dateOfBirth", known.get("date_of_birth").toString());
        UUID id = receive(body);
        move(id, "FIRST_CONTACT", null, 0).andExpect(status().isOk());

        String page = page("/intake/referrals/" + id);
        assertThat(page).contains("This person may already be a client").contains((String) known.get("record_number"));
        // Creating a new client for the same person is stopped by the registry's duplicate check.
        long clients = count("client");
        mvc.perform(post("/intake/referrals/" + id + "/client").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                        .with(csrf()).param("givenName", (String) known.get("given_name"))
                        .param("familyName", (String) known.get("family_name"))
                        .param("dateOfBirth", known.get("date_of_birth").toString()).param("version", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Create a new client anyway")));
        assertThat(count("client")).isEqualTo(clients);

        mvc.perform(post("/intake/referrals/" + id + "/link").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                        .with(csrf()).param("clientId", UUID.randomUUID().toString()).param("version", "1"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/intake/referrals/" + id + "/link").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                        .with(csrf()).param("clientId", known.get("id").toString()).param("version", "1"))
                .andExpect(redirectedUrl("/intake/referrals/" + id));
        assertThat(jdbc.sql("SELECT client_id FROM referral WHERE id = ?").param(id).query(UUID.class).single())
                .isEqualTo(known.get("id"));
        assertThat(audit("UPDATE", id)).isGreaterThanOrEqualTo(2);
        // Now the pipeline may go on to assessment.
        move(id, "SCREENING", null, 2).andExpect(status().isOk());
        move(id, "ASSESSMENT", null, 3).andExpect(status().isOk());
        // And the client's chart shows the referral: a fragment for htmx, a page otherwise.
        mvc.perform(get("/clients/" + known.get("id") + "/referrals").header("HX-Request", "true")
                        .with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(id.toString())));
        assertThat(page("/clients/" + known.get("id") + "/referrals")).contains("<html").contains(id.toString());
    }

    @Test
    void aNewPersonBecomesAClientFromTheReferral() throws Exception {
        String family = uniqueName();
        Map<String, Object> body = referral(family);
        body.put("dateOfBirth", "1979-02-11");
        UUID id = receive(body);
        // Before first contact no client is made.
        createClient(id, family, "1979-02-11", 0).andExpect(status().isConflict());
        move(id, "FIRST_CONTACT", null, 0).andExpect(status().isOk());
        createClient(id, family, "", 1).andExpect(status().isUnprocessableContent());
        createClient(id, family, "11/02/1979", 1).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/intake/referrals/" + id + "/client").with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).with(csrf())
                .param("givenName", "Sam").param("familyName", family).param("dateOfBirth", "1979-02-11")
                .param("version", "1")).andExpect(status().isForbidden());
        createClient(id, family, "1979-02-11", 1).andExpect(redirectedUrl("/intake/referrals/" + id));
        UUID client = jdbc.sql("SELECT client_id FROM referral WHERE id = ?").param(id).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT family_name FROM client WHERE id = ?").param(client).query(String.class).single())
                .isEqualTo(family);
        assertThat(page("/intake/referrals/" + id)).contains("/clients/" + client);
    }

    // ----- admission

    @Test
    void theAdmissionPagesEventsMoveTheReferral() throws Exception {
        UUID admitted = atDecision();
        UUID client = clientOf(admitted);
        String page = page("/intake/referrals/" + admitted);
        assertThat(page).contains("/clients/" + client + "/admission?referral=" + admitted);
        publish(new ClientAdmitted(UUID.randomUUID(), client, admitted, LocalDate.of(2026, 3, 9)));
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(admitted).equals("ADMITTED"));
        assertThat(jdbc.sql("SELECT reason FROM referral_status_change WHERE referral_id = ? AND to_status = 'ADMITTED'")
                .param(admitted).query(String.class).single()).startsWith("Admitted to an episode of care on 2026-03-09");

        UUID waitlisted = atDecision();
        UUID track = jdbc.sql("SELECT id FROM track ORDER BY name LIMIT 1").query(UUID.class).single();
        publish(new ClientWaitlisted(UUID.randomUUID(), clientOf(waitlisted), waitlisted, track));
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(waitlisted).equals("WAITLISTED"));
        assertThat(jdbc.sql("SELECT changed_by FROM referral_status_change WHERE referral_id = ? AND to_status = 'WAITLISTED'")
                .param(waitlisted).query(String.class).single()).isEqualTo("system (admission)");
        // A place frees up later.
        publish(new ClientAdmitted(UUID.randomUUID(), clientOf(waitlisted), waitlisted, LocalDate.of(2026, 3, 16)));
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(waitlisted).equals("ADMITTED"));

        // An event without a referral, or for a referral not at decision, changes nothing.
        UUID early = receive(uniqueName());
        publish(new ClientAdmitted(UUID.randomUUID(), client, null, LocalDate.of(2026, 3, 9)));
        publish(new ClientAdmitted(UUID.randomUUID(), client, early, LocalDate.of(2026, 3, 9)));
        publish(new ClientAdmitted(UUID.randomUUID(), client, admitted, LocalDate.of(2026, 3, 9)));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
        assertThat(statusOf(early)).isEqualTo("NEW");
        assertThat(jdbc.sql("SELECT count(*) FROM referral_status_change WHERE referral_id = ? AND to_status = 'ADMITTED'")
                .param(admitted).query(Long.class).single()).isOne();
    }

    // ----- timings

    @Test
    void mediansPerSourceCountFromReceiptToTheFirstTimeEachStepWasReached() throws Exception {
        // Referrals of 2001, so that no other test's referrals fall into the period.
        Instant t0 = Instant.parse("2001-03-01T09:00:00Z");
        insertTimed("COURT", t0, Map.of("FIRST_CONTACT", 2, "DECISION", 48, "ADMITTED", 100));
        insertTimed("COURT", t0.plus(Duration.ofDays(1)), Map.of("FIRST_CONTACT", 4, "DECISION", 72));
        insertTimed("COURT", t0.plus(Duration.ofDays(2)), Map.of("FIRST_CONTACT", 10));
        insertTimed("EMPLOYER", t0.plus(Duration.ofDays(3)), Map.of());
        insertTimed("COURT", Instant.parse("2001-06-01T09:00:00Z"), Map.of("FIRST_CONTACT", 500)); // outside

        List<Referrals.SourceMedians> medians = management.mediansBySource(Instant.parse("2001-03-01T00:00:00Z"),
                Instant.parse("2001-04-01T00:00:00Z"));
        assertThat(medians).containsExactly(
                new Referrals.SourceMedians(ReferralSource.COURT, 3, 4.0, 60.0, 100.0),
                new Referrals.SourceMedians(ReferralSource.EMPLOYER, 1, null, null, null));

        String board = page("/intake/referrals?from=2001-03-01&to=2001-03-31");
        String court = board.substring(board.indexOf("data-source=\"COURT\""));
        assertThat(court.substring(0, court.indexOf("</tr>"))).contains("<td>3</td>").contains("4 h")
                .contains("2.5 days").contains("4.2 days");
    }

    // ----- Today

    @Test
    void intakeHoldersSeeThePipelineOnToday() throws Exception {
        Map<String, Object> old = referral(uniqueName());
        old.put("receivedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).withNano(0).toString());
        receive(old);
        String today = page("/");
        assertThat(today).contains("Referrals awaiting first contact").contains("Referrals in screening or assessment");
        String nurse = mvc.perform(get("/").with(SignedIn.asDemoAccount(staff, Role.NURSE))).andReturn().getResponse()
                .getContentAsString();
        assertThat(nurse).doesNotContain("Referrals awaiting first contact");
        String card = today.substring(0, today.indexOf("Referrals awaiting first contact"));
        assertThat(card.substring(card.lastIndexOf("<li"))).contains("attention");
    }

    // ----- helpers

    private UUID atDecision() throws Exception {
        String family = uniqueName();
        Map<String, Object> body = referral(family);
        body.put("dateOfBirth", "1985-05-05");
        UUID id = receive(body);
        move(id, "FIRST_CONTACT", null, 0).andExpect(status().isOk());
        createClient(id, family, "1985-05-05", 1).andExpect(redirectedUrl("/intake/referrals/" + id));
        move(id, "SCREENING", null, 2).andExpect(status().isOk());
        move(id, "ASSESSMENT", null, 3).andExpect(status().isOk());
        move(id, "DECISION", null, 4).andExpect(status().isOk());
        return id;
    }

    private void insertTimed(String source, Instant received, Map<String, Integer> hoursTo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO referral (id, source, given_name, family_name, reason, urgency, received_at, status,
                                      status_changed_at, created_at, created_by, version)
                VALUES (?, ?, 'Sam', 'Timed', 'Timing test.', 'ROUTINE', ?, 'NEW', ?, ?, 'test', 0)""")
                .params(id, source, at(received), at(received), at(received)).update();
        int seq = 1;
        String from = "NEW";
        for (String to : List.of("FIRST_CONTACT", "SCREENING", "ASSESSMENT", "DECISION", "ADMITTED")) {
            Integer hours = hoursTo.get(to);
            if (hours == null && !List.of("SCREENING", "ASSESSMENT").contains(to)) {
                continue;
            }
            if (hours == null) {
                continue;
            }
            jdbc.sql("""
                    INSERT INTO referral_status_change (referral_id, seq, from_status, to_status, reason, changed_by, changed_at)
                    VALUES (?, ?, ?, ?, ?, 'test', ?)""")
                    .params(id, seq++, from, to, to.equals("ADMITTED") ? "admitted" : null,
                            at(received.plus(Duration.ofHours(hours))))
                    .update();
            from = to;
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> publisher.publishEvent(event));
    }

    private UUID clientOf(UUID referral) {
        return jdbc.sql("SELECT client_id FROM referral WHERE id = ?").param(referral).query(UUID.class).single();
    }

    private String statusOf(UUID referral) {
        return jdbc.sql("SELECT status FROM referral WHERE id = ?").param(referral).query(String.class).single();
    }

    private ResultActions createClient(UUID id, String family, String dob, int version) throws Exception {
        return mvc.perform(post("/intake/referrals/" + id + "/client").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                .with(csrf()).param("givenName", "Sam").param("familyName", family).param("dateOfBirth", dob)
                .param("version", String.valueOf(version)));
    }

    private ResultActions pageMove(UUID id, String to, String reason, int version) throws Exception {
        var request = post("/intake/referrals/" + id + "/moves").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                .with(csrf()).param("to", to).param("version", String.valueOf(version));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request);
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isOk()).andReturn();
        return result.getResponse().getContentAsString();
    }

    private static String column(String board, String status) {
        int start = board.indexOf("id=\"stage-" + status + "\"");
        int end = board.indexOf("id=\"stage-", start + 10);
        while (end > 0 && board.startsWith("id=\"stage-" + status + "-title\"", end)) {
            end = board.indexOf("id=\"stage-", end + 10);
        }
        return board.substring(start, end < 0 ? board.length() : end);
    }

    private ResultActions move(UUID id, String to, String reason, int version) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("reason", reason);
        body.put("version", version);
        return mvc.perform(api(post("/api/v1/referrals/" + id + "/moves"), body));
    }

    private UUID receive(String family) throws Exception {
        return receive(referral(family));
    }

    private UUID receive(Map<String, Object> body) throws Exception {
        MvcResult result = mvc.perform(api(post("/api/v1/referrals"), body)).andExpect(status().isCreated()).andReturn();
        JsonNode json = JSON.readTree(result.getResponse().getContentAsString());
        return UUID.fromString(json.get("id").asString());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder api(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Map<String, Object> body) {
        return request.with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body));
    }

    private static Map<String, Object> referral(String family) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "PRIMARY_CARE");
        body.put("givenName", "Sam");
        body.put("familyName", family);
        body.put("reason", "Low mood for three months; drinking more since losing his job.");
        body.put("urgency", "SOON");
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private long historyOf(UUID id) {
        return jdbc.sql("SELECT count(*) FROM referral_status_change WHERE referral_id = ?").param(id).query(Long.class)
                .single();
    }

    private long audit(String action, UUID referral) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND detail LIKE ?")
                .params(action, "%referral " + referral + "%").query(Long.class).single();
    }

    /**
     * A family name no other client has. Every letter is random: the duplicate check treats the same date of birth, the
     * same given initial and the same first three letters of the family name as a likely duplicate, so a fixed prefix
     * ("Zq" and one random letter, as before) made two of this class's clients born 1985-05-05 look alike about one
     * run in ten.
     */
    private static String uniqueName() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder out = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 9; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }
}
