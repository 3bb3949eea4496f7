package org.stepwise.administration;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser for MockMvc tests that sign in through the real form login: it keeps the session cookie between requests
 * (sessions live in PostgreSQL through Spring Session, so MockMvc's own session objects are not used).
 */
final class Browser {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        keep(result.getResponse());
        return result;
    }

    MvcResult get(String url) throws Exception {
        return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url));
    }

    /** A POST with a valid CSRF token, as the page's form would send it. */
    MvcResult post(String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(csrf());
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return perform(request);
    }

    /** Submits the sign-in form; returns where the application sends the browser next. */
    String signIn(String username, String password) throws Exception {
        get("/login");
        return post("/login", "username", username, "password", password).getResponse().getRedirectedUrl();
    }

    /** Submits the second-factor form; returns where the application sends the browser next. */
    String enterCode(String code) throws Exception {
        return post("/login/mfa", "code", code).getResponse().getRedirectedUrl();
    }

    int status(String url) throws Exception {
        return get(url).getResponse().getStatus();
    }

    private void keep(MockHttpServletResponse response) {
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }

}
