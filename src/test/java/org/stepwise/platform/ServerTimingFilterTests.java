package org.stepwise.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.StaffDirectory;

@StepwiseTest
@AutoConfigureMockMvc
class ServerTimingFilterTests {

    private static final String TIMING = "app;dur=\\d+\\.\\d{2}";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffDirectory staff;

    @Test
    void timesASignedInApiCall() throws Exception {
        mvc.perform(get("/api/v1/me").with(org.stepwise.SignedIn.as(staff, "clinician")))
                .andExpect(status().isOk())
                .andExpect(header().string("Server-Timing", org.hamcrest.Matchers.matchesPattern(TIMING)));
    }

    @Test
    void timesRefusedApiCallsToo() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Server-Timing", org.hamcrest.Matchers.matchesPattern(TIMING)));
    }

    @Test
    void leavesPagesAlone() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Server-Timing"));
    }

    @Test
    void measuresFromEntryToExitEvenWhenTheBodyIsWrittenEarly() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/slow");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ServerTimingFilter().doFilter(request, response, (req, res) -> {
            res.getWriter().write("{\"ok\":true}");
            res.flushBuffer();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(response.getContentAsString()).isEqualTo("{\"ok\":true}");
        assertThat(response.getHeader("Server-Timing")).matches(TIMING);
        assertThat(Double.parseDouble(response.getHeader("Server-Timing").substring("app;dur=".length())))
                .isGreaterThanOrEqualTo(40.0);
    }
}
