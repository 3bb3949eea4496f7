package org.stepwise.measures.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** The instrument API as a kiosk or an integration uses it: list, read a definition, score. */
@StepwiseTest
@AutoConfigureMockMvc
class InstrumentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    private ResultActions score(String code, String body) throws Exception {
        return mvc.perform(post("/api/v1/instruments/" + code + "/score").with(SignedIn.as(staff, Role.FRONT_DESK))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void scoresAPhq9WithItsBandCutOffAndSafetyFlag() throws Exception {
        long auditRows = jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
        long administrations = jdbc.sql("SELECT count(*) FROM measure_administration").query(Long.class).single();

        score("phq9", "{\"answers\":[2,2,2,1,1,1,1,1,1]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.instrument").value("phq9"))
                .andExpect(jsonPath("$.total").value(12))
                .andExpect(jsonPath("$.band").value("moderate"))
                .andExpect(jsonPath("$.positive").value(true))
                .andExpect(jsonPath("$.flags", contains("item9-suicidal-ideation")));

        // Scoring stores nothing about anyone (other tests share the database: compare with before, not with zero).
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("SELECT count(*) FROM measure_administration").query(Long.class).single())
                .isEqualTo(administrations);
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single()).isEqualTo(auditRows);
    }

    @Test
    void returnsTheInstrumentSpecificFields() throws Exception {
        score("pcl5", "{\"answers\":[2,0,0,0,0,2,0,2,2,0,0,0,0,0,2,2,0,0,0,0]}")
                .andExpect(jsonPath("$.total").value(12))
                .andExpect(jsonPath("$.positive").value(false))
                .andExpect(jsonPath("$.dsmPattern").value(true));
        score("who5", "{\"answers\":[3,3,3,2,2]}")
                .andExpect(jsonPath("$.total").value(13))
                .andExpect(jsonPath("$.percent").value(52))
                .andExpect(jsonPath("$.band").value("adequate"));
        score("bam", "{\"answers\":[1,1,1,2,2,2,4,1,3,3,1,3,3,3,1,3,4]}")
                .andExpect(jsonPath("$.total").value(nullValue()))
                .andExpect(jsonPath("$.band").value(nullValue()))
                .andExpect(jsonPath("$.use").value(6))
                .andExpect(jsonPath("$.risk").value(6))
                .andExpect(jsonPath("$.protective").value(18));
        score("cssrs", "{\"answers\":[1,1,0,0,0,1],\"recentBehavior\":true}")
                .andExpect(jsonPath("$.total").value(nullValue()))
                .andExpect(jsonPath("$.band").value("high"))
                .andExpect(jsonPath("$.riskLevel").value("high"))
                .andExpect(jsonPath("$.positive").value(true))
                .andExpect(jsonPath("$.flags", contains("suicide-risk-high")));
        score("auditc", "{\"answers\":[1,1,1],\"sex\":\"female\"}")
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.positive").value(true));
    }

    @Test
    void aValueOutOfRangeIsA400NamingTheItemAndTheAllowedValues() throws Exception {
        score("audit", "{\"answers\":[0,0,0,0,0,0,0,0,0,3]}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Item 10")))
                .andExpect(jsonPath("$.detail").value(containsString("0, 2 or 4")))
                .andExpect(jsonPath("$.errors[0].field").value("answers[9]"));
    }

    @Test
    void aValueThatIsNotAWholeNumberIsA400NamingTheItem() throws Exception {
        score("gad7", "{\"answers\":[0,0,1.5,0,\"two\",null,0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("answers[2]", "answers[4]", "answers[5]")))
                .andExpect(jsonPath("$.detail").value(containsString("Item 3")));
    }

    @Test
    void aWrongNumberOfAnswersIsA400SayingHowManyAreExpected() throws Exception {
        score("phq9", "{\"answers\":[0,0,0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("PHQ-9 takes 9 answers, one per item in order; 3 were sent."));
        score("phq9", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"));
    }

    @Test
    void missingOptionsAreA400Explaining() throws Exception {
        score("auditc", "{\"answers\":[1,1,1]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sex"));
        score("cssrs", "{\"answers\":[0,0,0,0,0,1]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recentBehavior"));
        score("cssrs", "{\"answers\":[1,0,1,0,0,0]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[2]"))
                .andExpect(jsonPath("$.detail").value(containsString("item 2 is no")));
    }

    @Test
    void malformedBodiesAreA400NotA500() throws Exception {
        score("phq9", "{\"answers\":\"all of them\"}").andExpect(status().isBadRequest());
        score("phq9", "[1,2,3]").andExpect(status().isBadRequest());
        score("cssrs", "{\"answers\":[0,0,0,0,0,1],\"recentBehavior\":\"soon\"}").andExpect(status().isBadRequest());
        score("phq9", "{\"answers\":[<script>]}").andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownInstrumentIsA404ListingTheKnownCodes() throws Exception {
        score("phq10", "{\"answers\":[]}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString(
                        "audit, auditc, bam, cssrs, dast10, gad7, pcl5, phq2, phq9, who5")));
        mvc.perform(get("/api/v1/instruments/nope").with(SignedIn.as(staff, Role.NURSE)))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsTheInstrumentsWithTheirItemCountAndWhetherTheTextIsShipped() throws Exception {
        mvc.perform(get("/api/v1/instruments").with(SignedIn.as(staff, Role.BILLER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("phq9", "gad7", "pcl5", "audit", "auditc", "dast10", "cssrs",
                        "who5", "bam")))
                .andExpect(jsonPath("$[?(@.code == 'bam')].items", contains(17)))
                .andExpect(jsonPath("$[?(@.code == 'phq9')].textShipped", contains(true)))
                .andExpect(jsonPath("$[?(@.code == 'pcl5')].textShipped", contains(false)));
    }

    @Test
    void aDefinitionCarriesItemTextOnlyWhereItIsShipped() throws Exception {
        mvc.perform(get("/api/v1/instruments/phq9").with(SignedIn.as(staff, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[8].text").value(containsString("better off dead")))
                .andExpect(jsonPath("$.bands[3].name").value("moderately-severe"))
                .andExpect(jsonPath("$.flags[0].when").value("item 9 > 0"))
                .andExpect(jsonPath("$.loinc.panel").value("44249-1"));
        mvc.perform(get("/api/v1/instruments/cssrs").with(SignedIn.as(staff, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].text").value(nullValue()))
                .andExpect(jsonPath("$.items[5].text").value(nullValue()))
                .andExpect(jsonPath("$.textShipped").value(false))
                .andExpect(jsonPath("$.rule").value("cssrs-screener"));
    }

    @Test
    void anInstrumentAddedAsAFileIsServedLikeTheShippedOnes() throws Exception {
        score("phq2", "{\"answers\":[2,1]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.band").value("positive"))
                .andExpect(jsonPath("$.version").value("2026-1"));
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        mvc.perform(post("/api/v1/instruments/phq9/score").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[0,0,0,0,0,0,0,0,0]}"))
                .andExpect(status().isUnauthorized());
    }
}
