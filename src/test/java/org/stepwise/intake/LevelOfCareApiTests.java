package org.stepwise.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/level-of-care/recommendation}: its answer, and a 400 naming the problem for every bad input. */
@StepwiseTest
@AutoConfigureMockMvc
class LevelOfCareApiTests {

    private static final String URL = "/api/v1/level-of-care/recommendation";
    private static final String SU_RATINGS = "{\"d1\": 3, \"d2\": 0, \"d3\": 2, \"d4\": 1, \"d5\": 2, \"d6\": 1}";
    private static final String IOP_CANDIDATE = """
            {"needsMoreThanWeekly": true, "needs24HourCare": false, "medicallyStable": true,
             "homeSupportsRecovery": true, "motivated": true}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Test
    void answersTheLevelTheHighestNeedCallsForWithItsDriversAndReasons() throws Exception {
        MvcResult result = mvc.perform(post(URL).with(SignedIn.asDemoAccount(staff, Role.FRONT_DESK))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("\"substance-use\"", SU_RATINGS, IOP_CANDIDATE)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.level").value("3.7"))
                .andExpect(jsonPath("$.drivers[0]").value("d1"))
                .andExpect(jsonPath("$.drivers.length()").value(1))
                .andExpect(jsonPath("$.reasons[0]").value("Withdrawal potential rated 3 calls for level 3.7."))
                .andExpect(jsonPath("$.reasons[1]").value("Needs more than weekly therapy: intensive outpatient care "
                        + "(level 2.1) or more is called for."))
                .andExpect(jsonPath("$.reasons.length()").value(2))
                .andReturn();
        JsonNode json = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
        assertThat(json.propertyNames()).containsExactly("level", "drivers", "reasons");
    }

    @Test
    void answersForTheMentalHealthFrameworkToo() throws Exception {
        mvc.perform(post(URL).with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("\"mental-health\"", """
                                {"riskOfHarm": 2, "functionalStatus": 2, "comorbidity": 1, "environmentStress": 2,
                                 "environmentSupport": 1, "treatmentHistory": 1, "engagement": 1}""", """
                                {"needsMoreThanWeekly": true, "needs24HourCare": true, "medicallyStable": true,
                                 "homeSupportsRecovery": true, "motivated": false}""")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("3.1"))
                .andExpect(jsonPath("$.drivers[0]").value("needs24HourCare"))
                .andExpect(jsonPath("$.reasons[0]").value("Needs 24-hour care: IOP is not suitable; residential or "
                        + "inpatient care (level 3.1 or above) is called for."))
                .andExpect(jsonPath("$.reasons[2]").value(org.hamcrest.Matchers.startsWith("Not yet motivated")));
    }

    @Test
    void anIntegrationCallsItWithABearerToken() throws Exception {
        MvcResult token = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"intake\", \"password\": \"test-password-1\"}"))
                .andExpect(status().isOk())
                .andReturn();
        String bearer = JsonMapper.shared().readTree(token.getResponse().getContentAsString()).get("token").asString();
        mvc.perform(post(URL).header("Authorization", "Bearer " + bearer).contentType(MediaType.APPLICATION_JSON)
                        .content(body("\"substance-use\"", "{\"d1\": 0, \"d2\": 0, \"d3\": 0, \"d4\": 0, \"d5\": 0, "
                                + "\"d6\": 0}", IOP_CANDIDATE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("2.1"))
                .andExpect(jsonPath("$.drivers[0]").value("needsMoreThanWeekly"));
    }

    @Test
    void refusesAnonymousCallers() throws Exception {
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON)
                        .content(body("\"substance-use\"", SU_RATINGS, IOP_CANDIDATE)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("unknown framework", body("\"locus\"", SU_RATINGS, IOP_CANDIDATE), "framework",
                        "Unknown framework \"locus\": use one of substance-use, mental-health."),
                bad("missing framework", "{\"ratings\": " + SU_RATINGS + ", \"candidacy\": " + IOP_CANDIDATE + "}",
                        "framework", "framework is required."),
                bad("framework not text", body("7", SU_RATINGS, IOP_CANDIDATE), "framework", "framework must be text."),
                bad("missing rating", body("\"substance-use\"", SU_RATINGS.replace("\"d6\": 1", "\"x\": 1")
                                .replace(", \"x\": 1", ""), IOP_CANDIDATE), "ratings.d6",
                        "Rate d6 (Recovery environment) from 0 to 4."),
                bad("unknown rating key", body("\"substance-use\"", SU_RATINGS.replace("}", ", \"d7\": 1}"),
                        IOP_CANDIDATE), "ratings.d7",
                        "\"d7\" is not a dimension of substance-use; rate d1, d2, d3, d4, d5, d6."),
                bad("mental-health key for substance use", body("\"substance-use\"",
                        SU_RATINGS.replace("\"d1\"", "\"riskOfHarm\""), IOP_CANDIDATE), "ratings.d1",
                        "Rate d1 (Withdrawal potential) from 0 to 4."),
                bad("rating above 4", body("\"substance-use\"", SU_RATINGS.replace("\"d1\": 3", "\"d1\": 5"),
                        IOP_CANDIDATE), "ratings.d1", "The rating of d1 (Withdrawal potential) must be 0 to 4, not 5."),
                bad("rating below 0", body("\"substance-use\"", SU_RATINGS.replace("\"d1\": 3", "\"d1\": -1"),
                        IOP_CANDIDATE), "ratings.d1", "The rating of d1 (Withdrawal potential) must be 0 to 4, not -1."),
                bad("huge rating", body("\"substance-use\"", SU_RATINGS.replace("\"d1\": 3", "\"d1\": 99999999999"),
                        IOP_CANDIDATE), "ratings.d1", "The rating of d1 must be 0 to 4."),
                bad("fractional rating", body("\"substance-use\"", SU_RATINGS.replace("\"d1\": 3", "\"d1\": 2.5"),
                        IOP_CANDIDATE), "ratings.d1", "The rating of d1 must be a whole number from 0 to 4."),
                bad("rating as text", body("\"substance-use\"", SU_RATINGS.replace("\"d1\": 3", "\"d1\": \"3\""),
                        IOP_CANDIDATE), "ratings.d1", "The rating of d1 must be a whole number from 0 to 4."),
                bad("rating null", body("\"substance-use\"", SU_RATINGS.replace("\"d1\": 3", "\"d1\": null"),
                        IOP_CANDIDATE), "ratings.d1", "The rating of d1 must be a whole number from 0 to 4."),
                bad("ratings a list", body("\"substance-use\"", "[3, 0, 2, 1, 2, 1]", IOP_CANDIDATE), "ratings",
                        "ratings must be an object from each dimension key to its rating 0 to 4."),
                bad("ratings missing", "{\"framework\": \"substance-use\", \"candidacy\": " + IOP_CANDIDATE + "}",
                        "ratings", "ratings is required: an object from each dimension key to its rating 0 to 4."),
                bad("candidacy missing", "{\"framework\": \"substance-use\", \"ratings\": " + SU_RATINGS + "}",
                        "candidacy", "candidacy is required: an object with needsMoreThanWeekly, needs24HourCare, "
                                + "medicallyStable, homeSupportsRecovery, motivated (each true or false)."),
                bad("candidacy answer missing", body("\"substance-use\"", SU_RATINGS,
                        IOP_CANDIDATE.replace("\"motivated\": true", "\"extra\": true").replace(", \"extra\": true", "")),
                        "candidacy.motivated", "Answer motivated with true or false."),
                bad("candidacy answer as text", body("\"substance-use\"", SU_RATINGS,
                        IOP_CANDIDATE.replace("\"medicallyStable\": true", "\"medicallyStable\": \"yes\"")),
                        "candidacy.medicallyStable", "Answer medicallyStable with true or false."),
                bad("unknown candidacy question", body("\"substance-use\"", SU_RATINGS,
                        IOP_CANDIDATE.replace("}", ", \"employed\": true}")), "candidacy.employed",
                        "\"employed\" is not a candidacy question; the questions are needsMoreThanWeekly, "
                                + "needs24HourCare, medicallyStable, homeSupportsRecovery, motivated."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void refusesBadInputWithAProblemNamingIt(String name, String json, String field, String message) throws Exception {
        mvc.perform(post(URL).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(field + ": " + message)))
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message").value(message));
    }

    @Test
    void refusesABodyThatIsNotJsonOfTheRightShape() throws Exception {
        for (String json : new String[] {"{\"framework\": ", "[1, 2]", "\"substance-use\""}) {
            mvc.perform(post(URL).with(SignedIn.asDemoAccount(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                            .content(json))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Unreadable request body"));
        }
    }

    private static Arguments bad(String name, String json, String field, String message) {
        return Arguments.of(name, json, field, message);
    }

    private static String body(String framework, String ratings, String candidacy) {
        return "{\"framework\": " + framework + ", \"ratings\": " + ratings + ", \"candidacy\": " + candidacy + "}";
    }
}
