package org.stepwise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stepwise.StepwiseTest;

/** Sign-in through the real login form and token endpoint, and what every response says about security. */
@StepwiseTest
@AutoConfigureMockMvc
// Asserts on whole tables and on the first demo account of a role: needs the demo clinic as loaded, whatever
// other test classes sharing the cached context added before it (surefire runs classes in file-system order).
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class SignInAndSessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void formSignInStartsASessionStoredInPostgresqlThatEndsAfterFifteenIdleMinutes() throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", "nurse").param("password", "test-password-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        jakarta.servlet.http.Cookie cookie = result.getResponse().getCookie("STEPWISE_SESSION");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        String sessionId = new String(java.util.Base64.getDecoder().decode(cookie.getValue()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(jdbc.sql("SELECT principal_name, max_inactive_interval FROM spring_session WHERE session_id = ?")
                .param(sessionId).query((rs, row) -> rs.getString(1) + " " + rs.getInt(2)).single())
                .isEqualTo("nurse " + 15 * 60);
        mvc.perform(get("/").cookie(cookie)).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "nurse").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", "nobody-here").param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LOGIN_FAILED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "nurse").param("password", "test-password-1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=31536000")));
    }

    @Test
    void plainHttpGetsNoHstsHeaderBecauseOnlyTlsMayPromiseIt() throws Exception {
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void aTokenFromTheApiOpensTheApiAndAWrongPasswordGetsAProblem() throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"biller\",\"password\":\"test-password-1\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expiresAt").exists())
                .andReturn().getResponse().getContentAsString();
        String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("BILLER"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").exists());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"biller\",\"password\":\"nope\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("The username or password is incorrect."));
    }

    @Test
    void tokenRequestsWithMissingFieldsOrWrongTypesAreRefusedClearly() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"biller\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":[1,2]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("username=biller"))
                .andExpect(status().isUnsupportedMediaType());
    }
}
