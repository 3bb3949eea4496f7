package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.security.Permission;
import org.stepwise.security.RolePermissions;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/** Only a role holding AUDIT_READ (the administrator) may open the audit pages and API; no one else, signed in or not. */
@AuditContextTest
class AuditAccessTests {

    static final List<String> PAGES = List.of("/audit", "/audit/export.csv", "/audit/verify");
    static final List<String> API = List.of("/api/v1/audit/events", "/api/v1/audit/verification");
    static final List<String> NOT_ALLOWED = List.of("director", "clinician", "prescriber", "nurse", "casemanager",
            "intake", "biller", "frontdesk");

    @Autowired MockMvc mvc;
    @Autowired StaffDirectory staff;
    @Autowired JdbcClient jdbc;

    @Test
    void onlyTheAdministratorRoleHoldsAuditRead() {
        for (Role role : Role.values()) {
            boolean demoAccountRefused = staff.activeWithRole(role).stream()
                    .anyMatch(m -> NOT_ALLOWED.contains(m.username()));
            assertThat(RolePermissions.allows(role, Permission.AUDIT_READ)).as(role.name())
                    .isEqualTo(role == Role.ADMINISTRATOR)
                    .isNotEqualTo(demoAccountRefused);
        }
    }

    static Stream<Arguments> pagesByRole() {
        return PAGES.stream().flatMap(page -> NOT_ALLOWED.stream().map(user -> Arguments.of(page, user)));
    }

    static Stream<Arguments> apiByRole() {
        return API.stream().flatMap(route -> NOT_ALLOWED.stream().map(user -> Arguments.of(route, user)));
    }

    @ParameterizedTest(name = "{1} GET {0}")
    @MethodSource("pagesByRole")
    void pagesRefuseRolesWithoutAuditRead(String page, String username) throws Exception {
        long exports = exports();
        mvc.perform(get(page).with(SignedIn.as(staff, username)))
                .andExpect(status().isForbidden());
        assertThat(exports()).isEqualTo(exports);
    }

    @ParameterizedTest(name = "{1} GET {0}")
    @MethodSource("apiByRole")
    void apiRefusesRolesWithoutAuditRead(String route, String username) throws Exception {
        mvc.perform(get(route).with(SignedIn.as(staff, username)))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.title").value("Not allowed for your role"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/audit", "/audit/export.csv", "/audit/verify", "/audit?username=admin"})
    void pagesSendAnonymousUsersToSignIn(String page) throws Exception {
        mvc.perform(get(page))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/audit/events", "/api/v1/audit/verification", "/api/v1/audit/events?limit=5"})
    void apiAnswersAnonymousCallsWith401(String route) throws Exception {
        mvc.perform(get(route))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void theApiRefusesAnUnknownBearerToken() throws Exception {
        mvc.perform(get("/api/v1/audit/events").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/audit", "/audit/export.csv", "/audit/verify", "/api/v1/audit/events",
        "/api/v1/audit/verification"})
    void theAdministratorMayOpenEveryAuditRoute(String route) throws Exception {
        mvc.perform(get(route).with(SignedIn.as(staff, "admin")))
                .andExpect(status().isOk());
    }

    @Test
    void theApiWorksWithARealBearerToken() throws Exception {
        String json = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/auth/token")
                        .contentType("application/json")
                        .content("{\"username\":\"admin\",\"password\":\"test-password-1\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String token = com.jayway.jsonpath.JsonPath.read(json, "$.token");

        mvc.perform(get("/api/v1/audit/events").param("username", "admin").param("action", "LOGIN")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[0].username").value("admin"))
                .andExpect(jsonPath("$.events[0].subject").value("login"));
        mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true));
    }

    private long exports() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT'").query(Long.class).single();
    }
}
