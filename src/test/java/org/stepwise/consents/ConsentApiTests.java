package org.stepwise.consents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consents API on a real PostgreSQL: signing with every element and its hash, what is refused (and then nothing is
 * stored), immutability, revocation, disclosure checks and the accounting of disclosures.
 */
@StepwiseTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ConsentApiTests {


    /** 42 CFR 2.32(a)(1) as amended in 2024, typed out here independently of the resource file. */
    static final String NOTICE = "This record which has been disclosed to you is protected by Federal confidentiality "
            + "rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that "
            + "describes the information contained in this record, in any civil, criminal, administrative, or "
            + "legislative proceedings by any Federal, State, or local authority, against the patient, unless "
            + "authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a "
            + "court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making "
            + "any other use or disclosure of this record unless at least one of the following applies:\n"
            + "(i) Further use or disclosure is expressly permitted by the written consent of the individual whose "
            + "information is being disclosed in this record or as otherwise permitted by 42 CFR part 2.\n"
            + "(ii) You are a covered entity or business associate and have received the record for treatment, "
            + "payment, or health care operations, or\n"
            + "(iii) You have received the record from a covered entity or business associate as permitted by 45 CFR "
            + "part 164, subparts A and E.\n"
            + "A general authorization for the release of medical or other information is NOT sufficient to meet the "
            + "required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    Disclosures disclosures;

    @Test
    void signsAPart2ConsentWithEveryElementAndItsHashThenReadsItBack(ApplicationEvents events) throws Exception {
        UUID client = newClient();
        MvcResult created = mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(null, "2099-12-31")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("PART2"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.patientName").value("Robin Consent"))
                .andExpect(jsonPath("$.discloser").value("Riverside IOP"))
                .andExpect(jsonPath("$.categories[0]").value("DIAGNOSIS"))
                .andExpect(jsonPath("$.recipientNames[0]").value("Dr. Ana Lopez"))
                .andExpect(jsonPath("$.recipientClasses[0]").value("TREATING_PROVIDERS"))
                .andExpect(jsonPath("$.purposes.length()").value(3))
                .andExpect(jsonPath("$.expiresOn").value("2099-12-31"))
                .andExpect(jsonPath("$.signature.signer").value("CLIENT"))
                .andExpect(jsonPath("$.signature.signerName").value("Robin Consent"))
                .andExpect(jsonPath("$.signature.signedOn").value(LocalDate.now(clock).toString()))
                .andExpect(jsonPath("$.signature.witnessedBy.name").value(staff.activeWithRole(Role.CLINICIAN).getFirst().displayName()))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.revocation").isEmpty())
                .andReturn();
        JsonNode body = body(created);
        String id = body.get("id").asString();
        String hash = body.get("contentHash").asString();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("SELECT content_hash FROM consent WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo(hash);
        assertThat(audit(client)).contains("CREATE consent");
        assertThat(events.stream(ConsentSigned.class).filter(e -> e.consent().toString().equals(id))).hasSize(1);

        mvc.perform(get("/api/v1/consents/" + id).with(SignedIn.as(staff, Role.CASE_MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contentHash").value(hash))
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/api/v1/clients/" + client + "/consents").with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id));
        assertThat(audit(client)).contains("VIEW consent", "VIEW consents");
    }

    @ParameterizedTest
    @ValueSource(strings = {"discloser", "categories", "purposes", "revocationStatement", "signerName", "agreed"})
    void aPart2ConsentWithoutAnElementIsRefusedNamingItAndNothingIsStored(String element) throws Exception {
        UUID client = newClient();
        String body = part2(null, "2099-12-31").replaceFirst("\"" + element + "\":\\s*(\"[^\"]*\"|\\[[^]]*]|true)",
                "\"" + element + "\": null");
        assertThat(body).contains("\"" + element + "\": null");
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(element));
        assertThat(consentsOf(client)).isZero();
        assertThat(audit(client)).isEmpty();
    }

    @Test
    void recipientsAndExpiryAreRequiredAsGroups() throws Exception {
        UUID client = newClient();
        String noRecipients = part2(null, "2099-12-31").replace("\"recipientNames\": [\"Dr. Ana Lopez\", \"Harbor Health Plan\"]",
                "\"recipientNames\": []").replace("\"recipientClasses\": [\"TREATING_PROVIDERS\"]", "\"recipientClasses\": []");
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), noRecipients))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipients"));
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiry"));
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), """
                        {"kind": "TREATMENT", "signer": "CLIENT", "signerName": "Robin Consent", "agreed": true}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("scope"));
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), """
                        {"kind": "HIPAA_AUTHORIZATION", "discloser": "Riverside IOP", "categories": ["SUMMARY"],
                         "recipientNames": ["Sunrise School"], "purposes": ["CLIENT_REQUEST"],
                         "revocationStatement": "Tell us.", "signer": "REPRESENTATIVE", "signerName": "Pat Consent",
                         "agreed": true, "expiryEvent": "Discharge"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("representativeAuthority"));
        assertThat(consentsOf(client)).isZero();
    }

    @Test
    void badInputIsRefusedWithA4xxAndNothingIsStored() throws Exception {
        UUID client = newClient();
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"),
                        part2(null, "2099-12-31").replace("Riverside IOP", "<script>alert(1)</script>")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("discloser"));
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"),
                        part2(null, "2099-12-31").replace("\"DIAGNOSIS\"", "\"GENOME\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("categories"));
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(null, "31/12/2099")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2("not-a-uuid", "2099-12-31")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(null, "2099-12-31")
                        .replace("\"agreed\": true", "\"agreed\": \"maybe\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), "{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(null, "2099-12-31")
                        .replace("Riverside IOP", "R".repeat(201))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("discloser"));
        mvc.perform(json(post("/api/v1/clients/" + UUID.randomUUID() + "/consents"), part2(null, "2099-12-31")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/consents/not-a-uuid").with(SignedIn.as(staff, Role.CLINICIAN)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/consents/" + UUID.randomUUID()).with(SignedIn.as(staff, Role.CLINICIAN)))
                .andExpect(status().isNotFound());
        assertThat(consentsOf(client)).isZero();
    }

    @Test
    void aSignedConsentCannotBeChangedThroughAnyRoute() throws Exception {
        UUID client = newClient();
        String id = UUID.randomUUID().toString();
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(id, "2099-12-31")))
                .andExpect(status().isCreated());
        String hash = hashOf(id);

        // The same submission again (a double click, a retry) changes nothing.
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(id, "2099-12-31")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contentHash").value(hash));
        // Other content under the same id is refused.
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(id, "2098-12-31")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("never changed")));
        for (MockHttpServletRequestBuilder change : List.of(put("/api/v1/consents/" + id), patch("/api/v1/consents/" + id),
                delete("/api/v1/consents/" + id), post("/api/v1/consents/" + id))) {
            mvc.perform(json(change, part2(id, "2098-12-31"))).andExpect(status().isMethodNotAllowed());
        }
        mvc.perform(post("/clients/" + client + "/consents/" + id).with(SignedIn.as(staff, Role.CLINICIAN))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("expiresOn", "2098-12-31"))
                .andExpect(status().isMethodNotAllowed());
        assertThatThrownBy(() -> jdbc.sql("UPDATE consent SET expires_on = DATE '2098-12-31' WHERE id = ?")
                .param(UUID.fromString(id)).update()).hasMessageContaining("append-only");
        assertThat(consentsOf(client)).isOne();
        assertThat(hashOf(id)).isEqualTo(hash);
    }

    @Test
    void aRevokedConsentRefusesDisclosuresFromTheRevocationDateOn(ApplicationEvents events) throws Exception {
        UUID client = newClient();
        String id = body(mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(null, "2099-12-31")))
                .andExpect(status().isCreated()).andReturn()).get("id").asString();
        String check = """
                {"recipientName": "Dr. Ana Lopez", "purpose": "TREATMENT", "categories": ["DIAGNOSIS"]}""";
        mvc.perform(json(post("/api/v1/clients/" + client + "/disclosure-checks"), check))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.permitted").value(true))
                .andExpect(jsonPath("$.consentId").value(id))
                .andExpect(jsonPath("$.redisclosureNotice").value(NOTICE));

        mvc.perform(json(post("/api/v1/consents/" + id + "/revocation"), """
                        {"revokedOn": "2099-01-01", "method": "IN_WRITING"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("revokedOn"));
        mvc.perform(json(post("/api/v1/consents/" + id + "/revocation"), """
                        {"method": "BY_PIGEON"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("method"));
        mvc.perform(json(post("/api/v1/consents/" + id + "/revocation"), """
                        {"method": "IN_WRITING", "note": "Letter received at the front desk."}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revocation.revokedOn").value(LocalDate.now(clock).toString()))
                .andExpect(jsonPath("$.revocation.method").value("IN_WRITING"))
                .andExpect(jsonPath("$.revocation.recordedBy.name").value(staff.activeWithRole(Role.CLINICIAN).getFirst().displayName()))
                .andExpect(jsonPath("$.intact").value(true));
        // Sent again: harmless. A different revocation: refused, naming the state.
        mvc.perform(json(post("/api/v1/consents/" + id + "/revocation"), """
                        {"method": "IN_WRITING"}"""))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/consents/" + id + "/revocation"), """
                        {"method": "VERBALLY"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already REVOKED")));
        assertThat(events.stream(ConsentRevoked.class).filter(e -> e.consent().toString().equals(id))).hasSize(1);

        mvc.perform(json(post("/api/v1/clients/" + client + "/disclosure-checks"), check))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.permitted").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("was revoked on "
                        + LocalDate.now(clock))))
                .andExpect(jsonPath("$.redisclosureNotice").isEmpty());
        mvc.perform(json(post("/api/v1/clients/" + client + "/disclosures"), check))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.decision.permitted").value(false));
        assertThat(disclosuresOf(client)).isZero();
    }

    @Test
    void checksMatchRecipientClassPurposeAndEveryCategoryAndExpiryByDate() throws Exception {
        UUID client = newClient();
        LocalDate expires = LocalDate.now(clock).plusDays(30);
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(null, expires.toString())))
                .andExpect(status().isCreated());
        String url = "/api/v1/clients/" + client + "/disclosure-checks";
        mvc.perform(json(post(url), """
                        {"recipientName": "Bayview Clinic", "recipientClass": "TREATING_PROVIDERS", "purpose": "TREATMENT",
                         "categories": ["ATTENDANCE", "TREATMENT_PLAN"]}"""))
                .andExpect(jsonPath("$.permitted").value(true));
        mvc.perform(json(post(url), """
                        {"recipientName": "Acme Insurance", "recipientClass": "HEALTH_PLAN", "purpose": "PAYMENT",
                         "categories": ["ATTENDANCE"]}"""))
                .andExpect(jsonPath("$.permitted").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.startsWith("No consent on file names")));
        mvc.perform(json(post(url), """
                        {"recipientName": "Harbor Health Plan", "purpose": "PAYMENT", "categories": ["ATTENDANCE"]}"""))
                .andExpect(jsonPath("$.permitted").value(true));
        mvc.perform(json(post(url), """
                        {"recipientName": "Harbor Health Plan", "purpose": "CLIENT_REQUEST", "categories": ["ATTENDANCE"]}"""))
                .andExpect(jsonPath("$.permitted").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("not the purpose")));
        mvc.perform(json(post(url), """
                        {"recipientName": "Dr. Ana Lopez", "purpose": "TREATMENT",
                         "categories": ["DIAGNOSIS", "DRUG_SCREENS", "MEDICATIONS"]}"""))
                .andExpect(jsonPath("$.permitted").value(false))
                .andExpect(jsonPath("$.missingCategories[0]").value("MEDICATIONS"))
                .andExpect(jsonPath("$.missingCategories[1]").value("DRUG_SCREENS"))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.endsWith(
                        "does not cover: Medications, Drug screen results.")));
        mvc.perform(json(post(url), "{\"recipientName\": \"Dr. Ana Lopez\", \"purpose\": \"TREATMENT\", "
                        + "\"categories\": [\"DIAGNOSIS\"], \"on\": \"" + expires + "\"}"))
                .andExpect(jsonPath("$.permitted").value(true));
        mvc.perform(json(post(url), "{\"recipientName\": \"Dr. Ana Lopez\", \"purpose\": \"TREATMENT\", "
                        + "\"categories\": [\"DIAGNOSIS\"], \"on\": \"" + expires.plusDays(1) + "\"}"))
                .andExpect(jsonPath("$.permitted").value(false))
                .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("expired on")));
        mvc.perform(json(post(url), """
                        {"recipientName": "Dr. Ana Lopez", "purpose": "TREATMENT", "categories": []}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("categories"));
        mvc.perform(json(post(url), """
                        {"recipientName": "<b>x</b>", "purpose": "SPYING", "categories": ["DIAGNOSIS"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(
                        org.hamcrest.Matchers.containsInAnyOrder("recipientName", "purpose")));
        assertThat(disclosuresOf(client)).isZero();
    }

    @Test
    void permittedDisclosuresAreRecordedAuditedAndListedInTheAccounting() throws Exception {
        UUID client = newClient();
        String id = body(mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(null, "2099-12-31")))
                .andReturn()).get("id").asString();
        mvc.perform(json(post("/api/v1/clients/" + client + "/disclosures"), """
                        {"recipientName": "Bayview Clinic", "recipientClass": "TREATING_PROVIDERS", "purpose": "TREATMENT",
                         "categories": ["DIAGNOSIS", "ATTENDANCE"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.disclosure.consentId").value(id))
                .andExpect(jsonPath("$.disclosure.recipientName").value("Bayview Clinic"))
                .andExpect(jsonPath("$.disclosure.noticeEdition").value(Disclosures.NOTICE_EDITION))
                .andExpect(jsonPath("$.redisclosureNotice").value(NOTICE));
        mvc.perform(json(post("/api/v1/clients/" + client + "/disclosures"), """
                        {"recipientName": "Bayview Clinic", "purpose": "TREATMENT", "categories": ["DIAGNOSIS"],
                         "on": "2099-01-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"));
        mvc.perform(get("/api/v1/clients/" + client + "/disclosures").with(SignedIn.as(staff, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].recipientClass").value("TREATING_PROVIDERS"))
                .andExpect(jsonPath("$[0].categories[1]").value("ATTENDANCE"))
                .andExpect(jsonPath("$[0].disclosedOn").value(LocalDate.now(clock).toString()));
        assertThat(audit(client)).contains("EXPORT disclosure", "VIEW accounting of disclosures");
        mvc.perform(json(post("/api/v1/clients/" + client + "/disclosures"), """
                        {"recipientName": "Bayview Clinic", "purpose": "TREATMENT", "categories": ["DIAGNOSIS"]}""")
                        .with(SignedIn.as(staff, Role.FRONT_DESK)))
                .andExpect(status().isForbidden());
        assertThat(disclosuresOf(client)).isOne();
    }

    @Test
    void theRedisclosureNoticeIsTheRegulationsTextVerbatim() throws Exception {
        assertThat(disclosures.redisclosureNotice()).isEqualTo(NOTICE);
        assertThat(disclosures.abbreviatedRedisclosureNotice())
                .isEqualTo("42 CFR part 2 prohibits unauthorized use or disclosure of these records.");
        mvc.perform(get("/api/v1/redisclosure-notice").with(SignedIn.as(staff, Role.BILLER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notice").value(NOTICE))
                .andExpect(jsonPath("$.edition").value(Disclosures.NOTICE_EDITION));
    }

    @Test
    void careTeamBoundStaffOutsideTheTeamNeedBreakGlass() throws Exception {
        UUID client = newClient();
        mvc.perform(json(post("/api/v1/clients/" + client + "/consents"), part2(null, "2099-12-31")))
                .andExpect(status().isCreated());
        UUID nurse = staff.activeWithRole(Role.NURSE).getFirst().id().value();
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Nurse', now())")
                .params(client, nurse).update();
        mvc.perform(get("/api/v1/clients/" + client + "/consents").with(SignedIn.as(staff, Role.CASE_MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/clients/" + client + "/disclosure-checks"), """
                        {"recipientName": "Dr. Ana Lopez", "purpose": "TREATMENT", "categories": ["DIAGNOSIS"]}"""))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/clients/" + client + "/consents").with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(status().isOk());
    }

    static String part2(String id, String expiresOn) {
        return """
                {"id": %s, "kind": "PART2", "discloser": "Riverside IOP",
                 "categories": ["DIAGNOSIS", "ATTENDANCE", "TREATMENT_PLAN"],
                 "informationDetail": "Records of this episode of care",
                 "recipientNames": ["Dr. Ana Lopez", "Harbor Health Plan"], "recipientClasses": ["TREATING_PROVIDERS"],
                 "purposes": ["TREATMENT", "PAYMENT", "HEALTH_CARE_OPERATIONS"],
                 "revocationStatement": "I may revoke this consent at any time by telling any staff member.",
                 "expiresOn": %s, "signer": "CLIENT", "signerName": "Robin Consent", "agreed": true}"""
                .formatted(id == null ? "null" : "\"" + id + "\"", expiresOn == null ? "null" : "\"" + expiresOn + "\"");
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(SignedIn.as(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private UUID newClient() {
        return org.stepwise.TestClients.insert(jdbc, clock, "Consent");
    }

    private long consentsOf(UUID client) {
        return jdbc.sql("SELECT count(*) FROM consent WHERE client_id = ?").param(client).query(Long.class).single();
    }

    private long disclosuresOf(UUID client) {
        return jdbc.sql("SELECT count(*) FROM disclosure WHERE client_id = ?").param(client).query(Long.class).single();
    }

    private String hashOf(String id) {
        return jdbc.sql("SELECT content_hash FROM consent WHERE id = ?").param(UUID.fromString(id)).query(String.class)
                .single();
    }

    private List<String> audit(UUID client) {
        return jdbc.sql("SELECT action || ' ' || subject FROM audit_event WHERE client_id = ? ORDER BY seq")
                .param(client).query(String.class).list();
    }

    private static JsonNode body(MvcResult result) throws Exception {
        return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
    }
}
