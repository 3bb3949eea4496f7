package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * Sends junk to every route that changes something, as a role allowed to call it: malformed and wrongly typed JSON,
 * empty and over-long fields, script tags, ids that are not ids or name nothing. Each answer must be a 4xx without a
 * stack trace, and no table may change. (Each module's own tests check its fields' messages one by one.)
 */
@StepwiseTest
@AutoConfigureMockMvc
class BadInputChangesNothingTests {

    /** Routes whose empty request is a complete, valid action rather than bad input. */
    private static final Set<String> ACTIONS_WITHOUT_INPUT = Set.of(
            "POST /account/mfa/setup", "POST /account/mfa/disable", "POST /admin/security/mfa");

    /** Tables that legitimately change on a refused request: the audit trail, sessions, the event registry. */
    private static final Set<String> VOLATILE_TABLES = Set.of("audit_event", "audit_chain_head", "spring_session",
            "spring_session_attributes", "event_publication", "flyway_schema_history", "shedlock", "staff_login");

    private static final String LONG_TEXT = "x".repeat(100_000);
    private static final String SCRIPT = "<script>alert(1)</script>";

    private static final List<String> JSON_BODIES = List.of(
            "",
            "{",
            "[]",
            "\"just text\"",
            "{}",
            "{\"givenName\":123,\"familyName\":[],\"dateOfBirth\":\"yesterday\",\"version\":\"x\",\"reason\":{},"
                    + "\"answers\":\"none\",\"ratings\":7,\"framework\":false}",
            "{\"givenName\":\"" + SCRIPT + "\",\"familyName\":\"" + LONG_TEXT + "\",\"reason\":\"" + LONG_TEXT + "\"}");

    private static final List<Map<String, String>> FORMS = List.of(
            Map.of(),
            Map.of("givenName", SCRIPT, "familyName", LONG_TEXT, "dateOfBirth", "31/02/1990", "version", "seven",
                    "reason", "", "name", LONG_TEXT, "capacity", "-4", "username", "Bad Name!", "code", "abc"));

    private static final List<String> BAD_IDS = List.of("7d1e1c9e-5c1b-4c59-9a37-0d5c7a0b2f11", "not-an-id");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory staff;

    @TestFactory
    Stream<DynamicTest> junkToAnyChangingRouteIsRefusedWithA4xxAndChangesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        RouteTable.ROUTES.forEach((route, access) -> {
            String method = route.split(" ", 2)[0];
            if (method.equals("GET") || method.equals("*") || ACTIONS_WITHOUT_INPUT.contains(route)
                    || access.kind() == RouteAccess.Kind.PUBLIC || access.kind() == RouteAccess.Kind.MFA_PENDING) {
                return;
            }
            Role role = Arrays.stream(Role.values()).filter(access::admits).findFirst().orElseThrow();
            tests.add(DynamicTest.dynamicTest(route, () -> {
                Map<String, String> before = fingerprint();
                for (String id : BAD_IDS) {
                    for (MockHttpServletRequestBuilder request : requests(route, id)) {
                        MockHttpServletResponse response = mvc.perform(request.with(csrf())
                                .with(authentication(signedInAs(role)))).andReturn().getResponse();
                        String body = response.getContentAsString();
                        assertThat(response.getStatus()).as(route + " with id " + id).isBetween(400, 499);
                        assertThat(body).as(route).doesNotContain("Exception", "\tat org.", "stackTrace", "<script>");
                    }
                }
                assertThat(fingerprint()).as("tables after junk to " + route).isEqualTo(before);
            }));
        });
        return tests.stream();
    }

    private List<MockHttpServletRequestBuilder> requests(String route, String id) {
        String[] parts = route.split(" ", 2);
        String path = parts[1].replaceAll("\\{[^}]+}", id);
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
        if (path.startsWith("/api/")) {
            for (String body : JSON_BODIES) {
                requests.add(MockMvcRequestBuilders.request(method, path).contentType(MediaType.APPLICATION_JSON).content(body));
            }
        } else {
            for (Map<String, String> form : FORMS) {
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED);
                form.forEach(request::param);
                requests.add(request);
            }
        }
        return requests;
    }

    /** A digest of every table's content, so any insert, update or delete shows. */
    private Map<String, String> fingerprint() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
                .query(String.class).list()) {
            if (!VOLATILE_TABLES.contains(table)) {
                digests.put(table, jdbc.sql("SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM "
                        + table + " t").query(String.class).single());
            }
        }
        return digests;
    }

    private UsernamePasswordAuthenticationToken signedInAs(Role role) {
        return org.stepwise.SignedIn.token(staff, role);
    }
}
