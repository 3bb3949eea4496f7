package org.stepwise.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffDirectory;

/**
 * What the administration tests share: acting as a demo account, creating accounts through the pages, and reading the
 * database to prove what changed (or did not). The administration test classes share one application context and a
 * database of their own (they add sites, staff and sessions, which tests reading the demo clinic as loaded must not
 * see whatever order the classes run in), so every test names what it creates uniquely.
 */
@org.springframework.test.context.TestPropertySource(properties = "stepwise.test.database=administration")
abstract class AdminTestSupport {

    static final String DEMO_PASSWORD = "test-password-1";
    static final String PASSWORD = "correct horse battery";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory directory;

    /** A unique, valid username for this run. */
    static String unique(String prefix) {
        return prefix + "." + SEQUENCE.incrementAndGet() + "." + Long.toString(System.nanoTime() % 100_000, 36);
    }

    /** Acts as the named demo account (signed in, with its role's permissions). */
    RequestPostProcessor as(String username) {
        return org.stepwise.SignedIn.as(directory, username);
    }

    MvcResult adminPost(String url, String... params) throws Exception {
        return postAs("admin", url, params);
    }

    MvcResult postAs(String username, String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(as(username)).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    MvcResult getAs(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username))).andReturn();
    }

    /** Creates an account through the admin page with a typed password; returns its id. */
    StaffId createAccount(String username, String role, String password) throws Exception {
        MvcResult result = adminPost("/admin/staff", "username", username, "displayName", "Test " + username,
                "role", role, "email", username + "@clinic.example.org", "passwordChoice", "type", "password", password);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return staffId(username);
    }

    StaffId staffId(String username) {
        return new StaffId(jdbc.sql("SELECT id FROM staff WHERE username = ?").param(username).query(UUID.class).single());
    }

    int version(StaffId id) {
        return jdbc.sql("SELECT version FROM staff WHERE id = ?").param(id.value()).query(Integer.class).single();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Requests an API token; returns it, or null when refused (the status is then 401). */
    @Nullable String token(String username, String password, @Nullable String totp) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\""
                + (totp == null ? "" : ",\"totp\":\"" + totp + "\"") + "}";
        MvcResult result = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
        if (result.getResponse().getStatus() != 200) {
            assertThat(result.getResponse().getStatus()).isEqualTo(401);
            return null;
        }
        Matcher matcher = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(result.getResponse().getContentAsString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    int apiStatus(String url, @Nullable String token) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    /** The text of the element with the given data-testid in a page. */
    static String testId(MvcResult result, String testId) throws Exception {
        Matcher matcher = Pattern.compile("data-testid=\"" + testId + "\"[^>]*>([^<]*)<")
                .matcher(result.getResponse().getContentAsString());
        assertThat(matcher.find()).as("element " + testId).isTrue();
        return matcher.group(1).trim();
    }
}
