package org.stepwise.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseTest;
import org.stepwise.TestClients;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/**
 * Making, replacing and revoking a client's feed from the chart: one live URL per person, a revoked or replaced URL
 * dead at once and indistinguishable from one that never existed, stale and repeated forms changing nothing, and
 * only those who manage the schedule and may open the chart getting in.
 */
@StepwiseTest
@AutoConfigureMockMvc
class FeedLifecycleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    CalendarFeeds feeds;

    FeedRequests requests;
    UUID client;
    String base;

    @BeforeEach
    void aClient() {
        requests = new FeedRequests(mvc);
        client = TestClients.insert(jdbc, clock, "Feedholder");
        base = "/clients/" + client + "/calendar-feed";
    }

    @Test
    void revokedUnknownAndMalformedUrlsGetTheSame404() throws Exception {
        String token = requests.create(base, SignedIn.as(staff, Role.FRONT_DESK));
        assertThat(requests.fetch(token).getStatus()).isEqualTo(200);

        MockHttpServletResponse revoke = requests.post(base + "/revoke", requests.current(base, frontDesk()), frontDesk());
        assertThat(revoke.getStatus()).isEqualTo(302);
        assertThat(revoke.getRedirectedUrl()).isEqualTo(base);

        MockHttpServletResponse revoked = requests.fetch(token);
        MockHttpServletResponse unknown = requests.fetch(FeedToken.generate());
        MockHttpServletResponse malformed = requests.fetch("not-a-token");
        for (MockHttpServletResponse answer : new MockHttpServletResponse[] {revoked, unknown, malformed}) {
            assertThat(answer.getStatus()).isEqualTo(404);
            assertThat(answer.getContentAsString()).isEqualTo(revoked.getContentAsString());
            assertThat(answer.getContentType()).isEqualTo(revoked.getContentType());
            assertThat(answer.getHeader("Cache-Control")).contains("no-store");
        }
        assertThat(mvc.perform(get(base).with(frontDesk())).andReturn().getResponse().getContentAsString())
                .contains("No calendar feed.");
    }

    @Test
    void replacingAFeedStopsTheOldUrlAndLeavesOneLiveFeed() throws Exception {
        String first = requests.create(base, frontDesk());
        String second = requests.create(base, SignedIn.as(staff, Role.PROGRAM_DIRECTOR));

        assertThat(second).isNotEqualTo(first);
        assertThat(requests.fetch(first).getStatus()).isEqualTo(404);
        assertThat(requests.fetch(second).getStatus()).isEqualTo(200);
        assertThat(liveFeeds()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE client_id = ?").param(client)
                .query(Long.class).single()).as("the replaced one stays on record, revoked").isEqualTo(2);
    }

    @Test
    void aStaleOrRepeatedFormIsAConflictAndChangesNothing() throws Exception {
        String shownNone = requests.current(base, frontDesk());
        String token = requests.create(base, frontDesk());

        MockHttpServletResponse again = requests.post(base, shownNone, frontDesk());
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("nothing was changed").doesNotContain("/calendar/");
        assertThat(requests.fetch(token).getStatus()).as("the first feed still works").isEqualTo(200);
        assertThat(liveFeeds()).isEqualTo(1);

        String shown = requests.current(base, frontDesk());
        assertThat(requests.post(base + "/revoke", shown, frontDesk()).getStatus()).isEqualTo(302);
        MockHttpServletResponse revokedTwice = requests.post(base + "/revoke", shown, frontDesk());
        assertThat(revokedTwice.getStatus()).as("revoking twice is not an error").isEqualTo(302);
        assertThat(liveFeeds()).isZero();
    }

    @Test
    void twoPeopleMakingTheSameClientsFeedAtOnceGetOneFeedAndOneConflict() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID racer = TestClients.insert(jdbc, clock, "Racer");
            FeedOwner owner = new FeedOwner.OfClient(new ClientId(racer));
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> outcomes = new ArrayList<>();
            try {
                for (Role role : List.of(Role.FRONT_DESK, Role.PROGRAM_DIRECTOR)) {
                    outcomes.add(pool.submit(() -> {
                        SecurityContextHolder.getContext().setAuthentication(org.stepwise.SignedIn.token(staff, role));
                        ready.countDown();
                        go.await();
                        try {
                            return feeds.create(owner, null).token();
                        } catch (ConflictException e) {
                            return "conflict";
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    }));
                }
                ready.await(10, TimeUnit.SECONDS);
                go.countDown();
                List<String> answers = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    answers.add(outcome.get(30, TimeUnit.SECONDS));
                }
                assertThat(answers).containsOnlyOnce("conflict");
                String token = answers.stream().filter(a -> !a.equals("conflict")).findFirst().orElseThrow();
                assertThat(requests.fetch(token).getStatus()).isEqualTo(200);
                assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE client_id = ?").param(racer)
                        .query(Long.class).single()).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aFormWithoutTheFeedItShowedIsRefusedWithA400() throws Exception {
        for (String current : new String[] {null, "", "yesterday", "<script>alert(1)</script>"}) {
            var request = post(base).with(csrf()).with(frontDesk());
            if (current != null) {
                request.param("current", current);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as("current=%s", current).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("nothing was changed").doesNotContain("<script>");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_feed WHERE client_id = ?").param(client)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyThoseWhoManageTheScheduleAndMayOpenTheChartGetIn() throws Exception {
        assertThat(mvc.perform(get(base).with(SignedIn.as(staff, Role.NURSE))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(requests.post(base, "none", SignedIn.as(staff, Role.BILLER)).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/calendar/" + FeedToken.generate() + ".ics").with(SignedIn.as(staff, Role.NURSE)))
                .andReturn().getResponse().getStatus()).as("the URL answers the same signed in or not").isEqualTo(404);

        // A care-team bound role outside the client's care team is sent to break-glass, and nothing is made.
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) "
                + "VALUES (?, ?, 'Case manager', now())")
                .params(client, staff.activeWithRole(Role.CASE_MANAGER).getFirst().id().value()).update();
        MockHttpServletResponse outsider = requests.post(base, "none", SignedIn.as(staff, Role.CLINICIAN));
        assertThat(outsider.getStatus()).isEqualTo(302);
        assertThat(outsider.getRedirectedUrl()).endsWith("/clients/" + client + "/break-glass");
        assertThat(liveFeeds()).isZero();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor frontDesk() {
        return SignedIn.as(staff, Role.FRONT_DESK);
    }

    private long liveFeeds() {
        return jdbc.sql("SELECT count(*) FROM calendar_feed WHERE client_id = ? AND revoked_at IS NULL").param(client)
                .query(Long.class).single();
    }
}
