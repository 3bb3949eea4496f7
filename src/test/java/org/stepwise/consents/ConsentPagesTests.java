package org.stepwise.consents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** The consents pages: the list and chart section, the forms with errors beside fields, revocation, the accounting. */
@StepwiseTest
@AutoConfigureMockMvc
class ConsentPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aConsentIsSignedOnThePageShownOnTheListAndTheChartAndRevoked() throws Exception {
        UUID client = newClient();
        String form = mvc.perform(get("/clients/" + client + "/consents/new?kind=PART2").with(as(Role.INTAKE_COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"discloser\"", "name=\"categories\"", "name=\"recipientNames\"",
                "name=\"recipientClasses\"", "name=\"purposes\"", "name=\"revocationStatement\"", "name=\"expiresOn\"",
                "name=\"expiryEvent\"", "name=\"signerName\"", "name=\"agreed\"", "<label for=\"discloser\"");

        String id = UUID.randomUUID().toString();
        String location = mvc.perform(signPart2(client, id).with(as(Role.INTAKE_COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/clients/" + client + "/consents/" + id))
                .andReturn().getResponse().getRedirectedUrl();
        // A double click: the same form again signs nothing new.
        mvc.perform(signPart2(client, id).with(as(Role.INTAKE_COORDINATOR))).andExpect(status().is3xxRedirection());
        assertThat(consentsOf(client)).isOne();

        String view = mvc.perform(get(location).with(as(Role.CLINICIAN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(view).contains("Riverside IOP", "Dr. Ana Lopez", "My treating providers", "Robin Pages",
                "The signed content is unchanged since signing.", "Record the revocation");

        String list = mvc.perform(get("/clients/" + client + "/consents").with(as(Role.CASE_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("<html", "42 CFR Part 2 consent", "Active", "2099-12-31", "Harbor Health Plan");
        String section = mvc.perform(get("/clients/" + client + "/consents").header("HX-Request", "true")
                        .with(as(Role.CASE_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(section).doesNotContain("<html").contains("42 CFR Part 2 consent", "Active");
        assertThat(mvc.perform(get("/clients/" + client).with(as(Role.CLINICIAN))).andReturn().getResponse()
                .getContentAsString()).contains("chart-consents", "/clients/" + client + "/consents");

        mvc.perform(post(location + "/revocation").with(csrf()).with(as(Role.CLINICIAN)).param("revokedOn", "2099-01-01")
                        .param("method", "VERBALLY"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(location + "/revocation").with(csrf()).with(as(Role.FRONT_DESK)).param("method", "VERBALLY"))
                .andExpect(status().isForbidden());
        mvc.perform(post(location + "/revocation").with(csrf()).with(as(Role.CLINICIAN)).param("method", "VERBALLY")
                        .param("note", "Told me at group."))
                .andExpect(redirectedUrl(location));
        assertThat(mvc.perform(get("/clients/" + client + "/consents").with(as(Role.CASE_MANAGER))).andReturn()
                .getResponse().getContentAsString()).contains("Revoked");
        mvc.perform(post(location + "/revocation").with(csrf()).with(as(Role.CLINICIAN)).param("method", "IN_WRITING"))
                .andExpect(status().isConflict());
    }

    @Test
    void aFormMissingElementsIsShownAgainWithEachErrorBesideItsFieldAndNothingIsStored() throws Exception {
        UUID client = newClient();
        String page = mvc.perform(post("/clients/" + client + "/consents").with(csrf()).with(as(Role.CLINICIAN))
                        .param("id", UUID.randomUUID().toString()).param("kind", "PART2").param("signer", "CLIENT")
                        .param("discloser", "<script>alert(1)</script>"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"discloser-error\"", "plain text", "id=\"categories-error\"",
                "id=\"recipients-error\"", "id=\"purposes-error\"", "id=\"revocationStatement-error\"",
                "id=\"expiry-error\"", "id=\"signerName-error\"", "id=\"agreed-error\"")
                .doesNotContain("<script>alert(1)</script>");
        String treatment = mvc.perform(post("/clients/" + client + "/consents").with(csrf()).with(as(Role.CLINICIAN))
                        .param("kind", "TREATMENT").param("signer", "CLIENT").param("signerName", "Robin Pages")
                        .param("agreed", "true"))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(treatment).contains("id=\"scope-error\"");
        mvc.perform(post("/clients/" + client + "/consents").with(csrf()).with(as(Role.CLINICIAN))
                        .param("kind", "PART2").param("discloser", "x".repeat(5000)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/clients/" + client + "/consents/new?kind=NONSENSE").with(as(Role.CLINICIAN)))
                .andExpect(status().isBadRequest());
        assertThat(consentsOf(client)).isZero();
    }

    @Test
    void careTeamBoundStaffOutsideTheTeamAreSentToBreakGlass() throws Exception {
        UUID client = newClient();
        UUID nurse = staff.activeWithRole(Role.NURSE).getFirst().id().value();
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, 'Nurse', now())")
                .params(client, nurse).update();
        mvc.perform(get("/clients/" + client + "/consents").with(as(Role.CLINICIAN)))
                .andExpect(redirectedUrl("/clients/" + client + "/break-glass"));
        mvc.perform(get("/clients/" + client + "/disclosures").with(as(Role.CASE_MANAGER)))
                .andExpect(redirectedUrl("/clients/" + client + "/break-glass"));
        mvc.perform(signPart2(client, UUID.randomUUID().toString()).with(as(Role.CLINICIAN)))
                .andExpect(redirectedUrl("/clients/" + client + "/break-glass"));
        mvc.perform(get("/clients/" + client + "/consents").with(as(Role.NURSE))).andExpect(status().isOk());
        mvc.perform(get("/clients/" + client + "/consents").with(as(Role.PROGRAM_DIRECTOR))).andExpect(status().isOk());
        assertThat(consentsOf(client)).isZero();
    }

    @Test
    void theAccountingPageRecordsPermittedDisclosuresRefusesOthersAndShowsTheNotice() throws Exception {
        UUID client = newClient();
        mvc.perform(signPart2(client, UUID.randomUUID().toString()).with(as(Role.CLINICIAN)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/clients/" + client + "/disclosures").with(csrf()).with(as(Role.CLINICIAN))
                        .param("recipientName", "Dr. Ana Lopez").param("purpose", "TREATMENT")
                        .param("categories", "DIAGNOSIS", "ATTENDANCE").param("protection", "PART2"))
                .andExpect(redirectedUrlPattern("/clients/*/disclosures"));
        String refused = mvc.perform(post("/clients/" + client + "/disclosures").with(csrf()).with(as(Role.CLINICIAN))
                        .param("recipientName", "Dr. Ana Lopez").param("purpose", "TREATMENT")
                        .param("categories", "MEDICATIONS").param("protection", "PART2"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("does not cover: Medications");
        mvc.perform(post("/clients/" + client + "/disclosures").with(csrf()).with(as(Role.CLINICIAN))
                        .param("purpose", "TREATMENT"))
                .andExpect(status().isUnprocessableContent());
        String page = mvc.perform(get("/clients/" + client + "/disclosures").with(as(Role.CASE_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dr. Ana Lopez", "<span>Diagnosis, </span><span>Attendance</span>",
                "This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2).");
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure WHERE client_id = ?").param(client).query(Long.class)
                .single()).isOne();
    }

    private MockHttpServletRequestBuilder signPart2(UUID client, String id) {
        return post("/clients/" + client + "/consents").with(csrf()).param("id", id).param("kind", "PART2")
                .param("discloser", "Riverside IOP").param("categories", "DIAGNOSIS", "ATTENDANCE")
                .param("recipientNames", "Dr. Ana Lopez\r\nHarbor Health Plan\r\n")
                .param("recipientClasses", "TREATING_PROVIDERS").param("purposes", "TREATMENT", "PAYMENT")
                .param("revocationStatement", ConsentRules.DEFAULT_REVOCATION_STATEMENT)
                .param("expiresOn", "2099-12-31").param("signer", "CLIENT").param("signerName", "Robin Pages")
                .param("agreed", "true");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
        return SignedIn.as(staff, role);
    }

    private UUID newClient() {
        return org.stepwise.TestClients.insert(jdbc, clock, "Pages");
    }

    private long consentsOf(UUID client) {
        return jdbc.sql("SELECT count(*) FROM consent WHERE client_id = ?").param(client).query(Long.class).single();
    }
}
