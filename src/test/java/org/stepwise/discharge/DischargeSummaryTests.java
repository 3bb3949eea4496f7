package org.stepwise.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeFixtures;
import org.stepwise.episodes.DischargeRequest;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.Discharges;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.printing.PdfText;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Issue 7 on PostgreSQL: the discharge page drafts a summary for every discharge type, bad input changes nothing, a
 * stale save keeps the typed text, a signed summary is final for the page, the API and SQL alike, the author finds it
 * in the documentation queue until signed, and the PDF of a Part 2 record carries the redisclosure notice.
 */
@StepwiseTest
@AutoConfigureMockMvc
class DischargeSummaryTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired StaffDirectory staff;
    @Autowired Admissions admissions;
    @Autowired Discharges discharges;
    @Autowired DischargeSummaries summaries;

    private DischargeFixtures fixtures;
    private StaffMember clinician;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new DischargeFixtures(jdbc, clock, staff, admissions, discharges);
        clinician = SignedIn.demoAccount(staff, Role.CLINICIAN);
        today = LocalDate.now(clock);
    }

    private MockHttpServletResponse postForm(String path, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(SignedIn.as(clinician))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        form.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse json(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(csrf()).with(SignedIn.as(clinician)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(clinician))).andReturn().getResponse().getContentAsString();
    }

    private int episodeVersion(EpisodeId episode) {
        return jdbc.sql("SELECT version FROM episode WHERE id = ?").param(episode.value()).query(Integer.class).single();
    }

    private Map<String, String> dischargeForm(EpisodeId episode, DischargeType type, String level, String destination) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", type.name());
        form.put("dischargedOn", today.minusDays(1).toString());
        form.put("reason", "Reason for this " + type.label().toLowerCase() + ".");
        form.put("levelAtDischarge", level);
        form.put("destination", destination);
        form.put("version", String.valueOf(episodeVersion(episode)));
        return form;
    }

    private DischargeFixtures.Admitted dischargedWithSummary(String family) {
        TrackId track = fixtures.newTrack(10);
        DischargeFixtures.Admitted admitted = fixtures.admit(track, family, 30, clinician);
        SignedIn.as(clinician, () -> summaries.discharge(admitted.episode(), new DischargeRequest(
                DischargeType.COMPLETED, today, "Completed the plan's goals.", "1", null,
                episodeVersion(admitted.episode()))));
        return admitted;
    }

    private String base(DischargeFixtures.Admitted admitted) {
        return "/clients/" + admitted.client() + "/episodes/" + admitted.episode();
    }

    private Map<String, Object> row(EpisodeId episode) {
        return jdbc.sql("SELECT status, content::text AS content, content_hash, version FROM discharge_summary "
                + "WHERE episode_id = ?").param(episode.value()).query().singleRow();
    }

    @ParameterizedTest
    @EnumSource(DischargeType.class)
    void everyDischargeTypeDraftsASummaryWithItsLabelAndLevels(DischargeType type) throws Exception {
        TrackId track = fixtures.newTrack(10);
        DischargeFixtures.Admitted admitted = fixtures.admit(track, "Typeford", 30, clinician);
        String level = switch (type) {
            case STEPPED_DOWN, COMPLETED -> "1";
            case STEPPED_UP -> "2.5";
            case TRANSFERRED -> "2.1";
            case LEFT_AGAINST_ADVICE, ADMINISTRATIVE -> "";
        };
        String destination = type.needsDestination() ? "Riverside Counseling IOP" : "";

        MockHttpServletResponse done = postForm(base(admitted) + "/discharge",
                dischargeForm(admitted.episode(), type, level, destination));

        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo(base(admitted) + "/discharge-summary");
        String summary = page(base(admitted) + "/discharge-summary");
        assertThat(summary).contains(type.label(), "2.1 intensive outpatient (IOP)", org.stepwise.episodes.CareLevels.label(level),
                "Length of stay", "30 days", "Draft");
        if (type.needsDestination()) {
            assertThat(summary).contains("Riverside Counseling IOP");
        }
        assertThat(row(admitted.episode())).containsEntry("status", "DRAFT");
        // The chart shows the section, and the author's queue the summary to sign.
        assertThat(page("/clients/" + admitted.client() + "/discharge-summaries")).contains(type.label());
        assertThat(page("/")).contains("Discharge summary to sign");
    }

    @Test
    void badInputChangesNothingAndComesBackWithTheTypedValues() throws Exception {
        TrackId track = fixtures.newTrack(10);
        DischargeFixtures.Admitted admitted = fixtures.admit(track, "Badform", 30, clinician);
        int version = episodeVersion(admitted.episode());
        String path = base(admitted) + "/discharge";
        Map<String, String> noLevel = dischargeForm(admitted.episode(), DischargeType.STEPPED_DOWN, "", "");
        Map<String, String> future = dischargeForm(admitted.episode(), DischargeType.COMPLETED, "", "");
        future.put("dischargedOn", today.plusDays(3).toString());
        Map<String, String> garbled = dischargeForm(admitted.episode(), DischargeType.COMPLETED, "", "");
        garbled.put("dischargedOn", "next tuesday");
        garbled.put("type", "VANISHED");
        Map<String, String> noTransferee = dischargeForm(admitted.episode(), DischargeType.TRANSFERRED, "", "");
        Map<String, String> markup = dischargeForm(admitted.episode(), DischargeType.COMPLETED, "", "");
        markup.put("reason", "<script>alert(1)</script>");

        for (Map<String, String> form : java.util.List.of(noLevel, future, garbled, noTransferee, markup)) {
            MockHttpServletResponse refused = postForm(path, form);
            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(refused.getContentAsString()).contains("Nothing was saved").doesNotContain("Exception");
        }
        assertThat(postForm(path, noLevel).getContentAsString()).contains("Choose the lower level of care",
                noLevel.get("reason"));

        MockHttpServletResponse api = json(post("/api/v1/episodes/" + admitted.episode() + "/discharge"),
                "{\"type\":\"COMPLETED\",\"dischargedOn\":\"" + today + "\",\"reason\":\"x\",\"version\":" + version
                        + "}");
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).contains("application/problem+json");

        assertThat(jdbc.sql("SELECT status FROM episode WHERE id = ?").param(admitted.episode().value())
                .query(String.class).single()).isEqualTo("ADMITTED");
        assertThat(episodeVersion(admitted.episode())).isEqualTo(version);
        assertThat(jdbc.sql("SELECT count(*) FROM discharge_summary WHERE episode_id = ?")
                .param(admitted.episode().value()).query(Long.class).single()).isZero();
    }

    @Test
    void theAftercareSectionIsDraftedFromTheEpisodesAftercarePlan() throws Exception {
        TrackId track = fixtures.newTrack(10);
        DischargeFixtures.Admitted admitted = fixtures.admit(track, "Plannedford", 30, clinician);
        MockHttpServletResponse plan = json(put("/api/v1/episodes/" + admitted.episode() + "/aftercare-plan"),
                "{\"providerName\": \"Harbor Counseling\", \"nextLevel\": \"1\", "
                        + "\"alumniGroup\": \"Tuesday alumni group\"}");
        assertThat(plan.getStatus()).isEqualTo(200);

        SignedIn.as(clinician, () -> summaries.discharge(admitted.episode(), new DischargeRequest(
                DischargeType.COMPLETED, today, "Completed the plan's goals.", "1", null,
                episodeVersion(admitted.episode()))));

        String content = (String) row(admitted.episode()).get("content");
        assertThat(content).contains("From the aftercare plan, version 1", "Provider: Harbor Counseling",
                "Next level of care: 1 outpatient", "Alumni group: Tuesday alumni group");
    }

    @Test
    void aRepeatedDischargeIsAnsweredWithTheSameSummary() throws Exception {
        TrackId track = fixtures.newTrack(10);
        DischargeFixtures.Admitted admitted = fixtures.admit(track, "Twiceford", 30, clinician);
        String body = "{\"type\":\"COMPLETED\",\"dischargedOn\":\"" + today + "\",\"reason\":\"Goals met.\","
                + "\"levelAtDischarge\":\"1\",\"version\":" + episodeVersion(admitted.episode()) + "}";

        MockHttpServletResponse first = json(post("/api/v1/episodes/" + admitted.episode() + "/discharge"), body);
        MockHttpServletResponse again = json(post("/api/v1/episodes/" + admitted.episode() + "/discharge"), body);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getContentAsString()).contains("\"summaryUrl\":\"/api/v1/episodes/" + admitted.episode()
                + "/discharge-summary\"", "\"lengthOfStayDays\":31");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM discharge_summary WHERE episode_id = ?")
                .param(admitted.episode().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleSaveKeepsTheTypedTextAndShowsWhatTheOtherPersonSaved() throws Exception {
        DischargeFixtures.Admitted admitted = dischargedWithSummary("Staleford");
        String path = base(admitted) + "/discharge-summary";
        Map<String, String> mine = new LinkedHashMap<>(Map.of("version", "0", "course", "My course text, typed."));
        Map<String, String> theirs = new LinkedHashMap<>(Map.of("version", "0", "course", "Their course text."));

        assertThat(postForm(path, theirs).getStatus()).isEqualTo(302);
        MockHttpServletResponse conflict = postForm(path, mine);

        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains("My course text, typed.", "Their course text.",
                "changed the summary after you opened it");
        assertThat(row(admitted.episode()).get("content").toString()).contains("Their course text.")
                .doesNotContain("My course text");

        MockHttpServletResponse api = json(put("/api/v1/episodes/" + admitted.episode() + "/discharge-summary"),
                "{\"version\":0,\"sections\":{\"course\":\"Another text\"}}");
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentAsString()).contains("\"current\"", "Their course text.");
    }

    @Test
    void aSignedSummaryIsFinalForThePageTheApiAndSql() throws Exception {
        DischargeFixtures.Admitted admitted = dischargedWithSummary("Finalford");
        String path = base(admitted) + "/discharge-summary";
        assertThat(postForm(path + "/sign", Map.of("version", "0")).getStatus()).isEqualTo(422);
        assertThat(postForm(path, Map.of("version", "0", "course", "Groups and CBT.", "aftercare",
                "Weekly therapy.")).getStatus()).isEqualTo(302);
        String hash = row(admitted.episode()).get("content_hash").toString();
        assertThat(postForm(path + "/sign", Map.of("version", "1", "contentHash", hash)).getStatus()).isEqualTo(302);
        Map<String, Object> signed = row(admitted.episode());
        assertThat(signed).containsEntry("status", "SIGNED");

        assertThat(postForm(path, Map.of("version", "2", "course", "Changed after signing.")).getStatus())
                .isEqualTo(409);
        assertThat(postForm(path + "/redraft", Map.of("version", "2")).getStatus()).isEqualTo(409);
        assertThat(json(put("/api/v1/episodes/" + admitted.episode() + "/discharge-summary"),
                "{\"version\":2,\"sections\":{\"course\":\"Changed\"}}").getStatus()).isEqualTo(409);
        assertThatThrownBy(() -> jdbc.sql("UPDATE discharge_summary SET content = '{}'::jsonb WHERE episode_id = ?")
                .param(admitted.episode().value()).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("signed and final");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM discharge_summary WHERE episode_id = ?")
                .param(admitted.episode().value()).update()).isInstanceOf(DataAccessException.class);
        assertThat(row(admitted.episode())).isEqualTo(signed);
        // Signing again what one signed is a repeat, not a change.
        assertThat(postForm(path + "/sign", Map.of("version", "1", "contentHash", hash)).getStatus()).isEqualTo(302);
        assertThat(page("/")).doesNotContain(admitted.client().toString() + "/episodes/" + admitted.episode()
                + "/discharge-summary");
    }

    @Test
    void thePdfOfAPart2RecordCarriesTheRedisclosureNoticeAndIsAudited() throws Exception {
        TrackId track = fixtures.newTrack(10);
        DischargeFixtures.Admitted admitted = fixtures.admit(track, "Pdfford", 30, clinician);
        jdbc.sql("UPDATE episode SET diagnoses = ARRAY['F11.20'] WHERE id = ?").param(admitted.episode().value())
                .update();
        SignedIn.as(clinician, () -> summaries.discharge(admitted.episode(), new DischargeRequest(
                DischargeType.ADMINISTRATIVE, today, "Stopped attending.", null, null,
                episodeVersion(admitted.episode()))));
        long prints = jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'PRINT'")
                .param(admitted.client().value()).query(Long.class).single();

        MockHttpServletResponse pdf = mvc.perform(get(base(admitted) + "/discharge-summary/pdf")
                .with(SignedIn.as(clinician))).andReturn().getResponse();

        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(PdfText.of(pdf.getContentAsByteArray())).contains("Discharge summary", "Administrative discharge",
                "F11.20", "42 CFR");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'PRINT'")
                .param(admitted.client().value()).query(Long.class).single()).isEqualTo(prints + 1);
    }
}
