package org.stepwise.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepwise.SignedIn.as;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.StepwiseTest;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.Placements;
import org.stepwise.intake.Recommendation;
import org.stepwise.intake.internal.LevelOfCareTables;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Placement on the chart: the form, the live recommendation, recording with reasons, bad input refused. */
@StepwiseTest
@AutoConfigureMockMvc
class PlacementPagesTests {

    private static final PlacementFramework MH = PlacementFramework.MENTAL_HEALTH;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Placements placements;

    @Autowired
    LevelOfCareTables tables;

    private UUID client;
    private StaffMember clinician;

    @BeforeEach
    void aClientOnAClinicianCaseload() {
        clinician = staff.activeWithRole(Role.CLINICIAN).getFirst();
        client = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO client (id, record_number, given_name, family_name, date_of_birth, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, 'SW-' || lpad(nextval('client_record_number_seq')::text, 6, '0'), 'Pat', 'Placement',
                        DATE '1979-07-08', now(), 'test', now(), 'test')""").param(client).update();
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Clinician', "
                + "now())").params(client, clinician.id().value()).update();
    }

    @Test
    void theFormShowsEveryDimensionOfTheChosenFrameworkAndTheCandidacyQuestions() throws Exception {
        for (PlacementFramework framework : PlacementFramework.values()) {
            String page = mvc.perform(get("/clients/{id}/placement/new", client).param("framework", framework.key())
                            .with(as(clinician, Role.CLINICIAN)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            tables.rule(framework).table().dimensions().forEach(d -> {
                assertThat(page).contains(org.springframework.web.util.HtmlUtils.htmlEscape(d.label(), "UTF-8"));
                assertThat(page).contains("name=\"ratings[" + d.key() + "]\"", "name=\"justifications[" + d.key() + "]\"");
            });
            Candidacy.KEYS.forEach(key -> assertThat(page).contains("name=\"" + key + "\""));
        }
        mvc.perform(get("/clients/{id}/placement/new", client).param("framework", "locus")
                        .with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theRecommendationComesBackAsAFragmentWithLevelDriversAndReasons() throws Exception {
        Map<String, Integer> ratings = ratings(2);
        ratings.put("riskOfHarm", 3);
        Recommendation expected = placements.recommend(MH, new LinkedHashMap<>(ratings), Candidacy.iopCandidate());
        String fragment = mvc.perform(form(post("/clients/{id}/placement/recommendation", client), ratings, null, null)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"indicated-level\"")
                .contains(expected.level().code() + " ").contains("Risk of harm");
        for (String reason : expected.reasons()) {
            assertThat(fragment).contains(org.springframework.web.util.HtmlUtils.htmlEscape(reason, "UTF-8"));
        }
        // Without htmx the whole form comes back with the recommendation in it.
        mvc.perform(form(post("/clients/{id}/placement/recommendation", client), ratings, null, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"indicated-level\"")));
    }

    @Test
    void recordingStoresThePlacementWithItsReasonOnceAndShowsItInTheHistory() throws Exception {
        Map<String, Integer> ratings = ratings(2);
        Recommendation expected = placements.recommend(MH, new LinkedHashMap<>(ratings), Candidacy.iopCandidate());
        String other = expected.level().code().equals("2.5") ? "2.1" : "2.5";
        String submission = UUID.randomUUID().toString();

        // Provided differs without a reason: refused beside the field, nothing stored.
        mvc.perform(form(post("/clients/{id}/placements", client), ratings, other, null).param("submission", submission))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"differenceReason-error\"")));
        assertThat(stored()).isZero();

        for (int i = 0; i < 2; i++) {
            mvc.perform(form(post("/clients/{id}/placements", client), ratings, other, "Waitlist for the level indicated")
                            .param("submission", submission))
                    .andExpect(redirectedUrl("/clients/" + client + "/placements"));
        }
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT difference_reason FROM placement WHERE client_id = ?").param(client)
                .query(String.class).single()).isEqualTo("Waitlist for the level indicated");
        mvc.perform(get("/clients/{id}/placements", client).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Waitlist for the level indicated")))
                .andExpect(content().string(containsString("Record a placement")));
    }

    @Test
    void badInputIsRefusedBesideEachFieldAndStoresNothing() throws Exception {
        Map<String, Integer> ratings = ratings(1);
        ratings.remove("engagement");
        MockHttpServletRequestBuilder request = form(post("/clients/{id}/placements", client), ratings, "1", null)
                .param("submission", UUID.randomUUID().toString())
                .param("justifications[functionalStatus]", "<script>alert(1)</script>")
                .param("assessedOn", "not-a-date");
        request.param("needsMoreThanWeekly", "maybe");
        String page = mvc.perform(request).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"rating-engagement-error\"", "id=\"justification-functionalStatus-error\"",
                "id=\"assessedOn-error\"", "id=\"candidacy-needsMoreThanWeekly-error\"");
        assertThat(page).doesNotContain("<script>alert(1)");
        mvc.perform(form(post("/clients/{id}/placements", client), ratings(1), "7", null)
                        .param("submission", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"providedLevel-error\"")));
        mvc.perform(form(post("/clients/{id}/placements", UUID.randomUUID()), ratings(1), "1", null)
                        .param("submission", UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        assertThat(stored()).isZero();
        mvc.perform(get("/clients/{id}/placements", client).with(as(clinician, Role.CLINICIAN)))
                .andExpect(content().string(not(containsString("<tbody>"))));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, Integer> ratings,
            String provided, String reason) {
        request.with(csrf()).with(as(clinician, Role.CLINICIAN)).param("framework", MH.key());
        ratings.forEach((key, value) -> request.param("ratings[" + key + "]", String.valueOf(value))
                .param("justifications[" + key + "]", "Seen at intake; rated " + value + "."));
        request.param("needsMoreThanWeekly", "true").param("needs24HourCare", "false").param("medicallyStable", "true")
                .param("homeSupportsRecovery", "true").param("motivated", "true");
        if (provided != null) {
            request.param("providedLevel", provided);
        }
        if (reason != null) {
            request.param("differenceReason", reason);
        }
        return request;
    }

    private static Map<String, Integer> ratings(int each) {
        Map<String, Integer> ratings = new LinkedHashMap<>();
        MH.dimensionKeys().forEach(key -> ratings.put(key, each));
        return ratings;
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM placement WHERE client_id = ?").param(client).query(Long.class).single();
    }
}
