package org.stepwise.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stepwise.StepwiseTest;

/** Least privilege on every administration page and API route: only the administrator's role gets in. */
@StepwiseTest
@AutoConfigureMockMvc
class AdministrationAccessTests extends AdminTestSupport {

    private static final String ID = UUID.randomUUID().toString();

    private static final List<String> PAGES = List.of("/admin/organisation", "/admin/organisation/sites/new",
            "/admin/organisation/sites/" + ID + "/edit", "/admin/organisation/sites/" + ID + "/programs/new",
            "/admin/organisation/programs/" + ID + "/edit", "/admin/organisation/programs/" + ID + "/tracks/new",
            "/admin/organisation/tracks/" + ID + "/edit", "/admin/organisation/sites/" + ID + "/rooms/new",
            "/admin/organisation/rooms/" + ID + "/edit", "/admin/staff", "/admin/staff/new", "/admin/staff/" + ID,
            "/admin/staff/" + ID + "/password", "/admin/security");

    private static final List<String> FORMS = List.of("/admin/organisation/sites", "/admin/organisation/sites/" + ID,
            "/admin/organisation/sites/" + ID + "/programs", "/admin/organisation/programs/" + ID,
            "/admin/organisation/programs/" + ID + "/tracks", "/admin/organisation/tracks/" + ID,
            "/admin/organisation/sites/" + ID + "/rooms", "/admin/organisation/rooms/" + ID, "/admin/staff",
            "/admin/staff/" + ID, "/admin/staff/" + ID + "/deactivate", "/admin/staff/" + ID + "/credentials",
            "/admin/staff/" + ID + "/credentials/" + ID + "/remove", "/admin/staff/" + ID + "/password",
            "/admin/staff/" + ID + "/unlock", "/admin/staff/" + ID + "/mfa/reset", "/admin/security/mfa");

    private static final List<String> OTHER_ROLES = List.of("director", "clinician", "prescriber", "nurse",
            "casemanager", "intake", "biller", "frontdesk");

    @Test
    void everyOtherRoleIsRefusedEveryAdministrationPageAndForm() throws Exception {
        long auditRows = count("SELECT count(*) FROM audit_event WHERE action = 'ADMIN_CHANGE'");
        for (String role : OTHER_ROLES) {
            for (String page : PAGES) {
                assertThat(getAs(role, page).getResponse().getStatus()).as(role + " GET " + page).isEqualTo(403);
            }
            for (String form : FORMS) {
                MvcResult result = postAs(role, form, "name", "Sneaky", "version", "0", "required", "FRONT_DESK");
                assertThat(result.getResponse().getStatus()).as(role + " POST " + form).isEqualTo(403);
            }
        }
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ADMIN_CHANGE'")).isEqualTo(auditRows);
        assertThat(count("SELECT count(*) FROM site WHERE name = 'Sneaky'")).isZero();
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String page : PAGES) {
            assertThat(mvc.perform(get(page)).andReturn().getResponse().getRedirectedUrl()).as(page).endsWith("/login");
        }
        for (String form : FORMS) {
            MvcResult result = mvc.perform(post(form).with(csrf()).param("name", "Sneaky")).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).as(form).endsWith("/login");
        }
        for (String page : List.of("/account", "/staff/credentials")) {
            assertThat(mvc.perform(get(page)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        }
    }

    @Test
    void theAdministratorOpensEveryAdministrationPage() throws Exception {
        for (String page : List.of("/admin/organisation", "/admin/organisation/sites/new", "/admin/staff",
                "/admin/staff/new", "/admin/security", "/staff/credentials", "/account")) {
            assertThat(getAs("admin", page).getResponse().getStatus()).as(page).isEqualTo(200);
        }
    }

    @Test
    void everyRoleHasItsOwnAccountPageAndOnlyDirectorsSeeCredentialsToRenew() throws Exception {
        for (String role : OTHER_ROLES) {
            assertThat(getAs(role, "/account").getResponse().getStatus()).as(role).isEqualTo(200);
            assertThat(getAs(role, "/account").getResponse().getContentAsString()).contains("href=\"/account\"");
            int expected = role.equals("director") ? 200 : 403;
            assertThat(getAs(role, "/staff/credentials").getResponse().getStatus()).as(role).isEqualTo(expected);
        }
    }

    @Test
    void theStaffApiIsForAdministratorsAndTheOrganisationApiForEveryone() throws Exception {
        assertThat(apiStatus("/api/v1/staff", null)).isEqualTo(401);
        assertThat(apiStatus("/api/v1/organisation", null)).isEqualTo(401);
        assertThat(apiStatus("/api/v1/staff", "not-a-real-token")).isEqualTo(401);
        for (String role : OTHER_ROLES) {
            String token = token(role, DEMO_PASSWORD, null);
            assertThat(apiStatus("/api/v1/staff", token)).as(role).isEqualTo(403);
            assertThat(apiStatus("/api/v1/organisation", token)).as(role).isEqualTo(200);
        }
        assertThat(apiStatus("/api/v1/staff", token("admin", DEMO_PASSWORD, null))).isEqualTo(200);
    }
}
