package org.stepwise.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.util.LinkedHashMap;
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
import org.stepwise.consents.Consents;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeFixtures;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.Discharges;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.printing.PdfText;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Aftercare plans: written and versioned under a lock, reviewed with the client, read for the discharge summary. */
@StepwiseTest
@AutoConfigureMockMvc
class AftercarePlanTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Discharges discharges;
    @Autowired Consents consents;
    @Autowired AftercarePlans plans;

    private AftercareFixtures fixtures() {
        return new AftercareFixtures(jdbc, clock, staff, admissions, discharges, consents);
    }

    private MockHttpServletResponse postForm(String path, Map<String, String> form, StaffMember who) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(SignedIn.as(who))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private int versions(EpisodeId episode) {
        return jdbc.sql("""
                SELECT count(*) FROM aftercare_plan_version v JOIN aftercare_plan p ON p.id = v.plan_id
                WHERE p.episode_id = ?""").param(episode.value()).query(Integer.class).single();
    }

    private int audits(String subject, EpisodeId episode) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE subject = ? AND detail LIKE ?")
                .params(subject, "episode " + episode + "%").query(Integer.class).single();
    }

    @Test
    void aCaseManagerWritesThePlanOnThePageItIsVersionedReviewedWithTheClientAndOutlined() throws Exception {
        AftercareFixtures f = fixtures();
        DischargeFixtures.Admitted admitted = f.admit(ProgramKind.MENTAL_HEALTH, "Aftercarer");
        EpisodeId episode = admitted.episode();
        String base = "/episodes/" + episode + "/aftercare-plan";
        StaffMember caseManager = f.caseManager();

        Map<String, String> form = new LinkedHashMap<>(org.stepwise.aftercare.rules.AftercareRules
                .form(AftercareFixtures.content("Harbor Counseling", "Dr Okafor")));
        MockHttpServletResponse saved = postForm(base, form, caseManager);
        assertThat(saved.getStatus()).isEqualTo(302);
        String page = mvc.perform(get(base).with(SignedIn.as(caseManager))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Harbor Counseling", "2026-12-01 10:30", "SMART Recovery, Thursdays 19:00, Library "
                + "annex", "Tuesday alumni group, Tuesday 18:00", "Dr Okafor", "Vocational: State vocational "
                + "rehabilitation office", "not yet reviewed with the client");
        assertThat(audits("aftercare plan", episode)).isGreaterThanOrEqualTo(2); // the save and the view

        // The same form again (a double click) changes nothing, without the version even being sent twice right.
        form.put("version", "1");
        assertThat(postForm(base, form, caseManager).getStatus()).isEqualTo(302);
        assertThat(versions(episode)).isEqualTo(1);

        AftercarePlan plan = SignedIn.as(caseManager, () -> plans.review(episode, 1, f.today().toString()));
        assertThat(plan.latest().orElseThrow().reviewedOn()).isEqualTo(f.today());

        // After the review, a change starts version 2; version 1 stays as the client saw it.
        form.put("version", String.valueOf(plan.lockVersion()));
        form.put("providerName", "Bayview Clinic");
        assertThat(postForm(base, form, caseManager).getStatus()).isEqualTo(302);
        AftercarePlan after = SignedIn.as(caseManager, () -> plans.get(episode));
        assertThat(after.versions()).hasSize(2);
        assertThat(after.version(1).orElseThrow().content().providerName()).isEqualTo("Harbor Counseling");
        assertThat(after.latest().orElseThrow().content().providerName()).isEqualTo("Bayview Clinic");
        assertThat(after.latest().orElseThrow().reviewed()).isFalse();

        // The discharge summary's read: plain fields, no chart check, no audit row.
        int auditsBefore = audits("aftercare plan", episode);
        AftercareOutline outline = plans.outline(episode).orElseThrow();
        assertThat(outline.versionNumber()).isEqualTo(2);
        assertThat(outline.nextLevel()).isEqualTo("1");
        assertThat(outline.providerName()).isEqualTo("Bayview Clinic");
        assertThat(outline.firstAppointment()).hasToString("2026-12-01T10:30");
        assertThat(outline.supportGroups()).containsExactly("SMART Recovery, Thursdays 19:00, Library annex");
        assertThat(outline.alumniGroup()).isEqualTo("Tuesday alumni group, Tuesday 18:00");
        assertThat(outline.prescriber()).isEqualTo("Dr Okafor");
        assertThat(outline.referrals()).containsExactly("Vocational: State vocational rehabilitation office (Jo Park, "
                + "555-0100), referral made");
        assertThat(outline.crisisLines()).isNotEmpty();
        assertThat(outline.crisisNotes()).isEqualTo("Call my sister Mara first, then 988.");
        assertThat(audits("aftercare plan", episode)).isEqualTo(auditsBefore);
        assertThat(plans.outline(EpisodeId.random())).isEmpty();

        // The chart's section lists the episode's plan.
        String section = mvc.perform(get("/clients/" + admitted.client() + "/aftercare-plan").header("HX-Request", "true")
                .with(SignedIn.as(caseManager))).andReturn().getResponse().getContentAsString();
        assertThat(section).contains("version 2, not yet reviewed with the client");
    }

    @Test
    void aStaleSaveIsRefusedKeepingTheTypedTextOnThePageAndA409InTheApi() throws Exception {
        AftercareFixtures f = fixtures();
        EpisodeId episode = f.admit(ProgramKind.MENTAL_HEALTH, "Stalewright").episode();
        String base = "/episodes/" + episode + "/aftercare-plan";
        StaffMember clinician = f.clinician();
        StaffMember caseManager = f.caseManager();
        AftercarePlan first = SignedIn.as(clinician, () -> plans.save(episode, null,
                AftercareFixtures.content("Harbor Counseling", null)).plan());

        // Both read lock version `first.lockVersion()`; the clinician saves first.
        SignedIn.as(clinician, () -> plans.save(episode, first.lockVersion(),
                AftercareFixtures.content("Riverside Counseling", null)));
        Map<String, String> mine = new LinkedHashMap<>(org.stepwise.aftercare.rules.AftercareRules
                .form(AftercareFixtures.content("Case manager's pick", null)));
        mine.put("version", String.valueOf(first.lockVersion()));
        MockHttpServletResponse refused = postForm(base, mine, caseManager);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("Someone else changed this aftercare plan",
                "Case manager&#39;s pick", "Riverside Counseling");

        String json = """
                {"version": %d, "providerName": "API pick", "nextLevel": "1"}""".formatted(first.lockVersion());
        MockHttpServletResponse api = mvc.perform(put("/api/v1" + base).with(SignedIn.as(caseManager))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(409);
        JsonNode problem = JSON.readTree(api.getContentAsString());
        assertThat(problem.path("current").path("versions").get(0).path("content").path("providerName").asString())
                .isEqualTo("Riverside Counseling");
        assertThat(SignedIn.as(clinician, () -> plans.get(episode)).latest().orElseThrow().content().providerName())
                .isEqualTo("Riverside Counseling");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() throws Exception {
        AftercareFixtures f = fixtures();
        EpisodeId episode = f.admit(ProgramKind.MENTAL_HEALTH, "Badinput").episode();
        String base = "/episodes/" + episode + "/aftercare-plan";
        StaffMember clinician = f.clinician();

        MockHttpServletResponse api = mvc.perform(put("/api/v1" + base).with(SignedIn.as(clinician))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"nextLevel": "9", "providerPhone": "call me", "firstAppointment": "next week",
                         "supportGroups": [{"when": "Fridays"}], "alumniDay": "FUNDAY",
                         "referrals": [{"kind": "HOBBY", "agency": "<b>x</b>"}]}""")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(api.getContentAsString());
        java.util.List<String> fields = new java.util.ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains("nextLevel", "providerPhone",
                "firstAppointment", "groups[0].name", "alumniDay", "referrals[0].kind", "referrals[0].agency");
        assertThat(api.getContentAsString()).doesNotContain("Exception", "at org.");

        MockHttpServletResponse page = postForm(base, Map.of("providerName", "x".repeat(201)), clinician);
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("Write at most 200 characters here.");
        assertThat(postForm(base, Map.of(), clinician).getStatus()).isEqualTo(422);
        assertThat(versions(episode)).isZero();

        // A plan for a waitlisted or cancelled episode, or one that does not exist, is refused too.
        assertThat(mvc.perform(put("/api/v1/episodes/" + EpisodeId.random() + "/aftercare-plan")
                .with(SignedIn.as(clinician)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"providerName\": \"x\"}")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aDischargedEpisodesPlanIsStillWrittenAndTheClientCopyCarriesThePart2Notice() throws Exception {
        AftercareFixtures f = fixtures();
        EpisodeId episode = f.admit(ProgramKind.SUBSTANCE_USE, "Copywright").episode();
        new DischargeFixtures(jdbc, clock, staff, admissions, discharges).discharge(episode, DischargeType.COMPLETED,
                f.today());
        StaffMember clinician = f.clinician();
        SignedIn.as(clinician, () -> plans.save(episode, null, AftercareFixtures.content("Harbor Counseling",
                "Dr Okafor")));
        Handout handout = SignedIn.as(clinician, () -> sharing.share(episode, "CLIENT", null, null, null));
        assertThat(handout.recipientName()).isEqualTo("Robin Copywright");
        assertThat(handout.disclosure()).isNull();
        // The same copy recorded again is one handout.
        SignedIn.as(clinician, () -> sharing.share(episode, "CLIENT", null, null, null));
        String page = mvc.perform(get("/episodes/" + episode + "/aftercare-plan").with(SignedIn.as(clinician)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Version 1 given to Robin Copywright on " + f.today() + " by");
        assertThat(jdbc.sql("SELECT count(*) FROM aftercare_handout h JOIN aftercare_plan p ON p.id = h.plan_id "
                + "WHERE p.episode_id = ?").param(episode.value()).query(Integer.class).single()).isEqualTo(1);

        byte[] pdf = mvc.perform(get("/episodes/" + episode + "/aftercare-plan/versions/1/pdf")
                .with(SignedIn.as(clinician))).andReturn().getResponse().getContentAsByteArray();
        String text = PdfText.of(pdf);
        assertThat(text).contains("Aftercare plan, version 1", "Robin Copywright", "Harbor Counseling",
                "Tuesday 1 December 2026, 10:30", "SMART Recovery", "Sertraline 100 mg daily",
                "Call my sister Mara first, then 988.", "42 CFR part 2");
    }

    @Autowired AftercareSharing sharing;
}
