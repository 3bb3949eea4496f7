package org.stepwise.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeFixtures;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.Discharges;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7: a former client referred again is recognised: among the possible clients of the referral, on the referral
 * once linked, on its card on the board, and on the admission form.
 */
@StepwiseTest
@AutoConfigureMockMvc
class ReadmissionAtIntakeTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Admissions admissions;

    @Autowired
    Discharges discharges;

    @Test
    void aFormerClientReferredAgainIsRecognisedOnTheReferralTheBoardAndTheAdmissionForm() throws Exception {
        var fixtures = new DischargeFixtures(jdbc, clock, staff, admissions, discharges);
        LocalDate today = LocalDate.now(clock);
        String family = "Returnee" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
        var track = fixtures.newTrack(10);
        var first = fixtures.admit(track, family, 40, SignedIn.demoAccount(staff, Role.CLINICIAN));
        LocalDate lastDay = today.minusDays(10);
        fixtures.discharge(first.episode(), DischargeType.COMPLETED, lastDay);
        String program = jdbc.sql("SELECT name FROM program ORDER BY name LIMIT 1").query(String.class).single();
        String former = "Former client — discharged " + lastDay + " (completed the program) from " + program;

        // The same person is referred again: the registry's possible matches say who has been a client before.
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "SELF");
        body.put("givenName", "Robin");
        body.put("familyName", family);
        body.put("dateOfBirth", "1988-04-02");
        body.put("reason", "Drinking again after the program ended; asks to come back.");
        body.put("urgency", "SOON");
        String created = mvc.perform(post("/api/v1/referrals").with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID referral = UUID.fromString(JSON.readTree(created).get("id").asString());
        mvc.perform(post("/api/v1/referrals/" + referral + "/moves")
                        .with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"FIRST_CONTACT\",\"version\":0}"))
                .andExpect(status().isOk());
        assertThat(page("/intake/referrals/" + referral)).contains("This person may already be a client")
                .contains(former);

        // Linked to the client, the referral and its card on the board say so.
        mvc.perform(post("/intake/referrals/" + referral + "/link").with(csrf())
                        .with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR))
                        .param("clientId", first.client().value().toString()).param("version", "1"))
                .andExpect(redirectedUrl("/intake/referrals/" + referral));
        assertThat(page("/intake/referrals/" + referral)).contains("id=\"former-client\"").contains(former);
        String board = page("/intake/referrals");
        int card = board.indexOf("/intake/referrals/" + referral + "\"");
        assertThat(card).isPositive();
        assertThat(board.substring(card, board.indexOf("</li>", card))).contains(former);

        // The admission form too.
        assertThat(page("/clients/" + first.client().value() + "/admission?referral=" + referral))
                .contains("Former client — discharged " + lastDay + " (completed the program) from " + program
                        + ": this admission is a readmission.");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.asDemoAccount(staff, Role.INTAKE_COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
