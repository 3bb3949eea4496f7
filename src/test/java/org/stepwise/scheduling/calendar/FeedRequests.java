package org.stepwise.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What a person does on the feed pages and what a calendar app does with the URL, through MockMvc. */
record FeedRequests(MockMvc mvc) {

    private static final Pattern CURRENT = Pattern.compile("name=\"current\" value=\"([^\"]*)\"");
    private static final Pattern URL = Pattern.compile("value=\"(http://localhost/calendar/([A-Za-z0-9_-]{43})\\.ics)\"");

    /** The feed the page at {@code base} shows, as its forms send it back ({@code none} or a creation time). */
    String current(String base, RequestPostProcessor who) throws Exception {
        String page = mvc.perform(get(base).with(who)).andReturn().getResponse().getContentAsString();
        Matcher matcher = CURRENT.matcher(page);
        assertThat(matcher.find()).as("a feed form on %s", base).isTrue();
        return matcher.group(1);
    }

    /** Makes (or replaces) the feed from the page at {@code base}, as a person would; returns the token shown once. */
    String create(String base, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = post(base, current(base, who), who);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        Matcher matcher = URL.matcher(response.getContentAsString());
        assertThat(matcher.find()).as("the feed's URL on the page").isTrue();
        return matcher.group(2);
    }

    MockHttpServletResponse post(String path, String current, RequestPostProcessor who) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf())
                .with(who).param("current", current)).andReturn().getResponse();
    }

    /** Fetches a feed with no sign-in, as a calendar app does. */
    MockHttpServletResponse fetch(String token) throws Exception {
        return mvc.perform(get("/calendar/" + token + ".ics")).andReturn().getResponse();
    }

    String fetchOk(String token) throws Exception {
        MockHttpServletResponse response = fetch(token);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
