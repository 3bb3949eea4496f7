package org.stepwise.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepwise.SignedIn.as;

import java.time.Clock;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.signals.SignalFixtures;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Issue 6: extending or shortening the planned stay with a reason, under the episode's version; the planned end stays
 * admission plus length, and each change is in the history on the episode page.
 */
@StepwiseTest
@AutoConfigureMockMvc
class LengthOfStayTests {

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

    private SignalFixtures.Admitted admitted;
    private StaffMember clinician;

    @BeforeEach
    void anAdmittedClient() {
        clinician = SignedIn.demoAccount(staff, Role.CLINICIAN);
        admitted = new SignalFixtures(jdbc, clock, staff, admissions).admitted("Staylong", 10, clinician);
    }

    private int version() {
        return jdbc.sql("SELECT version FROM episode WHERE id = ?").param(admitted.episode().value())
                .query(Integer.class).single();
    }

    private String body(int version, Object days, String reason) {
        return "{\"version\":" + version + ",\"days\":" + days + ",\"reason\":\"" + reason + "\"}";
    }

    @Test
    void extendingThenShorteningMovesThePlannedEndAndKeepsEachChange() throws Exception {
        LocalDate admittedOn = LocalDate.now(clock).minusDays(10);
        String path = "/api/v1/episodes/" + admitted.episode() + "/length";
        int v = version();
        mvc.perform(post(path).with(csrf()).with(as(clinician)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(v, 14, "Still severe; payer agreed")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plannedLengthDays").value(104))
                .andExpect(jsonPath("$.plannedEnd").value(admittedOn.plusDays(104).toString()))
                .andExpect(jsonPath("$.lengthChanges[0].reason").value("Still severe; payer agreed"));
        // the same request again (a retry) changes nothing more
        mvc.perform(post(path).with(csrf()).with(as(clinician)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(v, 14, "Still severe; payer agreed")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plannedLengthDays").value(104));
        // someone who read the old version is told, not overwritten
        mvc.perform(post(path).with(csrf()).with(as(clinician)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(v, -7, "Doing well")))
                .andExpect(status().isConflict());
        mvc.perform(post(path).with(csrf()).with(as(clinician)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(version(), -7, "Doing well")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.plannedLengthDays").value(97))
                .andExpect(jsonPath("$.lengthChanges.length()").value(2));
        assertThat(jdbc.sql("SELECT planned_end = admitted_on + planned_length_days FROM episode WHERE id = ?")
                .param(admitted.episode().value()).query(Boolean.class).single()).isTrue();
        mvc.perform(get("/clients/{id}/episodes", admitted.client().value()).with(as(clinician)))
                .andExpect(content().string(Matchers.containsString("Changes to the planned stay")))
                .andExpect(content().string(Matchers.containsString("90 → 104 days")))
                .andExpect(content().string(Matchers.containsString("Doing well")));
    }

    @Test
    void outOfRangeOrReasonlessChangesAreRefusedAndChangeNothing() throws Exception {
        String path = "/api/v1/episodes/" + admitted.episode() + "/length";
        int v = version();
        for (String bad : new String[] {body(v, 0, "No change"), body(v, 300, "Too long"), body(v, -85, "Before today"),
                body(v, 14, ""), body(v, 14, "<b>bold</b>"), "{\"days\":14,\"reason\":\"No version\"}"}) {
            mvc.perform(post(path).with(csrf()).with(as(clinician)).contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest());
        }
        assertThat(version()).isEqualTo(v);
        assertThat(jdbc.sql("SELECT count(*) FROM episode_length_change WHERE episode_id = ?")
                .param(admitted.episode().value()).query(Long.class).single()).isZero();
    }

    @Test
    void theEpisodePageFormChangesTheStayAndShowsProblemsBesideTheFields() throws Exception {
        String path = "/clients/" + admitted.client() + "/episodes/" + admitted.episode() + "/length";
        mvc.perform(post(path).with(csrf()).with(as(clinician)).param("version", String.valueOf(version()))
                        .param("days", "ten").param("reason", "x"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Enter a whole number of days")));
        mvc.perform(post(path).with(csrf()).with(as(clinician)).param("version", String.valueOf(version()))
                        .param("days", "7").param("reason", "A week more for discharge planning"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/clients/" + admitted.client() + "/episodes"));
        mvc.perform(post(path).with(csrf()).with(as(clinician)).param("version", "0")
                        .param("days", "7").param("reason", "Another week"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Someone else changed this episode")));
    }
}
