package org.stepwise.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.printing.PdfText;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Safety and relapse prevention plans: written, signed, versioned, shown on the chart, printed and audited. */
@StepwiseTest
@AutoConfigureMockMvc
class RecoveryPlanTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Organisation organisation;
    @Autowired RecoveryPlans plans;

    private static Map<String, String> safetyPlan(String warningSigns) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("warningSigns", warningSigns);
        form.put("copingStrategies", "Walk the dog round the park\nListen to the blues records");
        form.put("distractions", "The library on Main Street; my cousin Dee");
        form.put("helpers", "Sister Mara, 555-0101");
        form.put("professionals", "Dr Okafor at the program, 555-0199");
        form.put("environment", "Pills kept by Mara; no firearms at home");
        return form;
    }

    private MockHttpServletResponse postForm(String path, Map<String, String> form, StaffMember who) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(SignedIn.as(who))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String path, StaffMember who) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(who))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aSafetyPlanIsWrittenSignedShownOnTheChartAndPrintedWithEveryPrintAudited() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        ClientId client = fixtures.admit("Planwright", fixtures.today(), List.of(clinician), "F33.1").client();
        String base = "/clients/" + client + "/safety-plan";

        String empty = mvc.perform(get(base).header("HX-Request", "true").with(SignedIn.as(clinician)))
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("No safety plan yet.", "Write the safety plan", "988", "Emergency: 911",
                "River County mobile crisis: 555-0142");

        MockHttpServletResponse saved = postForm(base, safetyPlan("Not sleeping, pulling away from Mara"), clinician);
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo(base);

        RecoveryPlan plan = SignedIn.as(clinician, () -> plans.get(client, RecoveryPlanKind.SAFETY));
        RecoveryPlanVersion v1 = plan.latest().orElseThrow();
        assertThat(v1.isDraft()).isTrue();
        assertThat(v1.contentHash()).isEqualTo(v1.content().sha256(RecoveryPlanKind.SAFETY)).hasSize(64);

        assertThat(postForm(base + "/signatures", Map.of("role", "CLIENT", "versionNumber", "1", "contentHash",
                v1.contentHash(), "signerName", "Jo Planwright"), clinician).getStatus()).isEqualTo(302);
        assertThat(postForm(base + "/signatures", Map.of("role", "CLINICIAN", "versionNumber", "1", "contentHash",
                v1.contentHash()), clinician).getStatus()).isEqualTo(302);

        String panel = mvc.perform(get(base).header("HX-Request", "true").with(SignedIn.as(clinician)))
                .andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("Signs that a crisis may be building", "Not sleeping, pulling away from Mara",
                "Signed by client and clinician", "988", "/safety-plan/versions/1/pdf");
        String chart = page("/clients/" + client, clinician);
        assertThat(chart.indexOf("/safety-plan\"")).isPositive()
                .isLessThan(chart.indexOf("/clients/" + client + "/episodes"));

        MockHttpServletResponse pdf = mvc.perform(get(base + "/versions/1/pdf").with(SignedIn.as(clinician)))
                .andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        String text = PdfText.of(pdf.getContentAsByteArray());
        assertThat(text).contains("Safety plan, version 1", "In a crisis", "988", "River County mobile crisis",
                "Signs that a crisis may be building", "Not sleeping, pulling away from Mara",
                "Making my surroundings safer", "Jo Planwright", v1.contentHash()).doesNotContain("42 CFR");
        assertThat(fixtures.audits(client, "PRINT", "safety plan")).isEqualTo(1);
        mvc.perform(get(base + "/versions/1/pdf").with(SignedIn.as(clinician)));
        assertThat(fixtures.audits(client, "PRINT", "safety plan")).isEqualTo(2);
    }

    @Test
    void aSubstanceUsePlanPrintsWithThePart2NoticeAndAnF1xDiagnosisDoesToo() throws Exception {
        SafetyFixtures sud = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.SUBSTANCE_USE);
        StaffMember clinician = sud.member(Role.CLINICIAN);
        ClientId client = sud.admit("Noticed", sud.today(), List.of(clinician), "F10.20").client();
        postForm("/clients/" + client + "/safety-plan", safetyPlan("Payday Fridays"), clinician);
        String text = PdfText.of(mvc.perform(get("/clients/" + client + "/safety-plan/versions/1/pdf")
                .with(SignedIn.as(clinician))).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("Payday Fridays", "42 CFR", "Draft, not signed");

        SafetyFixtures mentalHealth = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH);
        ClientId coOccurring = mentalHealth.admit("Diagnosed", mentalHealth.today(), List.of(clinician), "F33.1",
                "F11.20").client();
        postForm("/clients/" + coOccurring + "/safety-plan", safetyPlan("Old friends calling"), clinician);
        assertThat(PdfText.of(mvc.perform(get("/clients/" + coOccurring + "/safety-plan/versions/1/pdf")
                .with(SignedIn.as(clinician))).andReturn().getResponse().getContentAsByteArray())).contains("42 CFR");
        assertThat(mentalHealth.audits(coOccurring, "PRINT", "safety plan")).isEqualTo(1);
    }

    @Test
    void savingASignedPlanStartsTheNextVersionAndTheEarlierOneStaysReadable() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        ClientId client = fixtures.admit("Versioned", fixtures.today(), List.of(clinician), "F33.1").client();
        String base = "/clients/" + client + "/safety-plan";
        postForm(base, safetyPlan("First signs"), clinician);
        String hash = SignedIn.as(clinician, () -> plans.get(client, RecoveryPlanKind.SAFETY)).latest()
                .orElseThrow().contentHash();
        postForm(base + "/signatures", Map.of("role", "CLINICIAN", "versionNumber", "1", "contentHash", hash),
                clinician);

        Map<String, String> edited = safetyPlan("Second signs");
        edited.put("version", String.valueOf(SignedIn.as(clinician,
                () -> plans.get(client, RecoveryPlanKind.SAFETY)).lockVersion()));
        assertThat(postForm(base, edited, clinician).getStatus()).isEqualTo(302);

        RecoveryPlan plan = SignedIn.as(clinician, () -> plans.get(client, RecoveryPlanKind.SAFETY));
        assertThat(plan.versions()).hasSize(2);
        assertThat(plan.version(1).orElseThrow().content().text("warningSigns")).isEqualTo("First signs");
        assertThat(plan.version(1).orElseThrow().status()).isEqualTo(RecoveryPlanVersion.Status.SIGNED);
        assertThat(plan.latest().orElseThrow().isDraft()).isTrue();
        assertThat(page(base + "/versions/1", clinician)).contains("First signs").doesNotContain("Second signs");

        // A signed version is final in the database too.
        assertThatThrownBy(() -> jdbc.sql("UPDATE recovery_plan_version SET content = '{}'::jsonb WHERE plan_id = ? "
                + "AND number = 1").param(plan.id()).update()).hasMessageContaining("is signed");
    }

    @Test
    void aConflictingEditComesBackWithTheTypedTextAndTheOtherPersonsVersion() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH);
        StaffMember one = fixtures.member(Role.CLINICIAN);
        StaffMember two = fixtures.another(Role.CLINICIAN);
        ClientId client = fixtures.admit("Contested", fixtures.today(), List.of(one, two), "F33.1").client();
        String base = "/clients/" + client + "/safety-plan";
        postForm(base, safetyPlan("Written first"), one);
        int read = SignedIn.as(one, () -> plans.get(client, RecoveryPlanKind.SAFETY)).lockVersion();

        Map<String, String> theirs = safetyPlan("Their change");
        theirs.put("version", String.valueOf(read));
        assertThat(postForm(base, theirs, two).getStatus()).isEqualTo(302);

        Map<String, String> mine = safetyPlan("My typed change");
        mine.put("version", String.valueOf(read));
        MockHttpServletResponse conflict = postForm(base, mine, one);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains("My typed change", "Their change", "Someone else changed");
        assertThat(SignedIn.as(one, () -> plans.get(client, RecoveryPlanKind.SAFETY)).latest().orElseThrow()
                .content().text("warningSigns")).isEqualTo("Their change");

        // Sending the same text again is not a conflict and changes nothing.
        assertThat(postForm(base, theirs, two).getStatus()).isEqualTo(302);
        assertThat(SignedIn.as(one, () -> plans.get(client, RecoveryPlanKind.SAFETY)).versions()).hasSize(1);
    }

    @Test
    void aVersionIsSignedOnlyWhenEverySectionIsWritten() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.MENTAL_HEALTH);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        ClientId client = fixtures.admit("Partial", fixtures.today(), List.of(clinician), "F33.1").client();
        String base = "/clients/" + client + "/safety-plan";
        assertThat(postForm(base, Map.of("warningSigns", "Only this so far"), clinician).getStatus()).isEqualTo(302);
        assertThat(page(base, clinician)).contains("Still to write before signing");
        String hash = SignedIn.as(clinician, () -> plans.get(client, RecoveryPlanKind.SAFETY)).latest()
                .orElseThrow().contentHash();

        MockHttpServletResponse refused = postForm(base + "/signatures", Map.of("role", "CLINICIAN",
                "versionNumber", "1", "contentHash", hash), clinician);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("still empty");
        assertThat(jdbc.sql("SELECT count(*) FROM recovery_plan_signature s JOIN recovery_plan p ON p.id = s.plan_id "
                + "WHERE p.client_id = ?").param(client.value()).query(Long.class).single()).isZero();

        MockHttpServletResponse junk = postForm(base, Map.of("warningSigns", "<script>alert(1)</script>"), clinician);
        assertThat(junk.getStatus()).isEqualTo(422);
        assertThat(junk.getContentAsString()).contains("plain text");
    }

    @Test
    void theRelapsePreventionPlanSharesTheStoreAndNeedsAReviewDateThroughTheApi() throws Exception {
        SafetyFixtures fixtures = new SafetyFixtures(jdbc, clock, staff, admissions, organisation,
                ProgramKind.SUBSTANCE_USE);
        StaffMember clinician = fixtures.member(Role.CLINICIAN);
        ClientId client = fixtures.admit("Relapse", fixtures.today(), List.of(clinician), "F10.20").client();
        String api = "/api/v1/clients/" + client + "/relapse-plan";
        Map<String, String> sections = new LinkedHashMap<>();
        for (String key : RecoveryPlanKind.RELAPSE_PREVENTION.sections()) {
            sections.put(key, "Written for " + key);
        }
        String body = JSON.writeValueAsString(Map.of("sections", sections));
        MockHttpServletResponse created = mvc.perform(put(api).with(csrf()).with(SignedIn.as(clinician))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(200);
        JsonNode plan = JSON.readTree(created.getContentAsString());
        assertThat(plan.get("kind").asString()).isEqualTo("relapse-plan");
        assertThat(plan.get("part2").asBoolean()).isTrue();
        String hash = plan.get("versions").get(0).get("contentHash").asString();

        MockHttpServletResponse noReviewDate = mvc.perform(post(api + "/signatures").with(csrf())
                .with(SignedIn.as(clinician)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"CLINICIAN\",\"versionNumber\":1,\"contentHash\":\"" + hash + "\"}"))
                .andReturn().getResponse();
        assertThat(noReviewDate.getStatus()).isEqualTo(400);
        assertThat(noReviewDate.getContentAsString()).contains("reviewOn");

        String stale = JSON.writeValueAsString(Map.of("version", plan.get("version").asInt() + 5, "sections",
                sections, "reviewOn", fixtures.today().plusDays(30).toString()));
        MockHttpServletResponse conflict = mvc.perform(put(api).with(csrf()).with(SignedIn.as(clinician))
                .contentType(MediaType.APPLICATION_JSON).content(stale)).andReturn().getResponse();
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(JSON.readTree(conflict.getContentAsString()).get("current").get("versions")).hasSize(1);

        assertThat(jdbc.sql("SELECT kind FROM recovery_plan WHERE client_id = ?").param(client.value())
                .query(String.class).list()).containsExactly("RELAPSE_PREVENTION");
        String panel = mvc.perform(get("/clients/" + client + "/relapse-plan").header("HX-Request", "true")
                .with(SignedIn.as(clinician))).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("Triggers and high-risk situations", "Written for triggers")
                .doesNotContain("In a crisis");
    }
}
