package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/**
 * Walks every page and API route the application serves and shows that each refuses anonymous callers and every role
 * the route is not meant for, and lets in the roles it is meant for. {@link RouteTable} is the single statement of who may
 * call what: a route missing from it fails the build, so no route ships without a decision.
 */
@StepwiseTest
@AutoConfigureMockMvc
class EveryRouteRefusesTheWrongPeopleTests {

    private static final Map<String, RouteAccess> EXPECTED = RouteTable.ROUTES;

    private static final String ANY_ID = "7d1e1c9e-5c1b-4c59-9a37-0d5c7a0b2f11";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    StaffDirectory staff;

    @Test
    void everyServedRouteHasAnAccessDecision() {
        assertThat(servedRoutes()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @TestFactory
    Stream<DynamicTest> anonymousCallersAreSentToSignInOrRefused() {
        return EXPECTED.entrySet().stream()
                .filter(e -> e.getValue().kind() != RouteAccess.Kind.PUBLIC)
                .map(e -> DynamicTest.dynamicTest("anonymous " + e.getKey(), () -> {
                    MockHttpServletResponse response = call(e.getKey(), null);
                    if (isApi(e.getKey())) {
                        assertThat(response.getStatus()).as(e.getKey()).isEqualTo(401);
                        assertThat(response.getContentType()).startsWith("application/problem+json");
                    } else {
                        assertThat(response.getStatus()).as(e.getKey()).isEqualTo(302);
                        assertThat(response.getRedirectedUrl()).as(e.getKey()).endsWith("/login");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachRoleIsRefusedWhereItHasNoPermissionAndAdmittedWhereItHas() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Role role : Role.values()) {
            for (var entry : EXPECTED.entrySet()) {
                RouteAccess access = entry.getValue();
                if (access.kind() == RouteAccess.Kind.PUBLIC) {
                    continue;
                }
                boolean allowed = access.admits(role);
                tests.add(DynamicTest.dynamicTest(role + (allowed ? " may " : " may not ") + entry.getKey(), () -> {
                    MockHttpServletResponse response = call(entry.getKey(), role);
                    if (allowed) {
                        assertThat(response.getStatus()).as(role + " " + entry.getKey()).isNotIn(401, 403);
                        assertThat(response.getRedirectedUrl() == null
                                || !response.getRedirectedUrl().endsWith("/login")).isTrue();
                    } else {
                        assertThat(response.getStatus()).as(role + " " + entry.getKey()).isEqualTo(403);
                    }
                }));
            }
        }
        return tests.stream();
    }

    private MockHttpServletResponse call(String route, Role role) throws Exception {
        String[] parts = route.split(" ", 2);
        String method = parts[0].equals("*") ? "GET" : parts[0];
        String path = parts[1].replaceAll("\\{[^}]+}", ANY_ID);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        if (!method.equals("GET")) {
            request.with(csrf()).contentType(isApi(route) ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED);
            if (isApi(route)) {
                request.content("{}");
            }
        }
        if (role != null) {
            request.with(authentication(signedInAs(role)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private UsernamePasswordAuthenticationToken signedInAs(Role role) {
        return org.stepwise.SignedIn.token(staff, role);
    }

    private static boolean isApi(String route) {
        return route.split(" ", 2)[1].startsWith("/api/");
    }

    private TreeSet<String> servedRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("* " + pattern);
                }
                for (RequestMethod method : methods) {
                    routes.add(method.name() + " " + pattern);
                }
            }
        }
        return routes;
    }

}
