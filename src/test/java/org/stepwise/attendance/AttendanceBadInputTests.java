package org.stepwise.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/**
 * Junk sent to the attendance routes with ids that exist (the route-walking BadInputChangesNothingTests sends it with
 * ids that do not): every answer is a 4xx without a stack trace, and no attendance, booking, key or alert changes.
 */
@StepwiseTest
@AutoConfigureMockMvc
class AttendanceBadInputTests {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String LONG = "x".repeat(100_000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Admissions admissions;

    @Autowired
    SessionPlanning planning;

    @Autowired
    Bookings bookings;

    AttendanceFixtures f;
    SessionId session;
    EpisodeId episode;
    UUID alert;

    @BeforeEach
    void setUp() {
        f = new AttendanceFixtures(jdbc, clock, staff, admissions, planning, bookings);
        session = f.groupToday(LocalTime.of(8, 0));
        episode = f.admit("Junk", 9);
        f.book(session, episode);
        alert = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO attendance_alert (id, client_id, episode_id, kind, dedupe_key, week_start, reason, opened_at,
                    status, version)
                VALUES (?, ?, ?, 'SHORT_OF_TARGET', 'test', date_trunc('week', now())::date, 'A test alert', now(), 'OPEN', 0)""")
                .params(alert, f.clientOf(episode).value(), episode.value()).update();
    }

    private Map<String, String> tables() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : List.of("attendance", "booking", "attendance_request", "attendance_alert")) {
            digests.put(table, jdbc.sql("SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM "
                    + table + " t").query(String.class).single());
        }
        return digests;
    }

    @Test
    void junkChangesNothingAndIsAnsweredWithA4xx() throws Exception {
        String id = episode.toString();
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
        for (String body : List.of("", "{", "[]", "\"text\"", "{}",
                "{\"episodeId\":123,\"status\":[],\"minutesAttended\":\"ten\"}",
                "{\"episodeId\":\"" + SCRIPT + "\",\"status\":\"" + LONG + "\"}",
                "{\"episodeId\":\"" + id + "\",\"status\":\"" + SCRIPT + "\"}",
                "{\"episodeId\":\"" + id + "\",\"status\":\"LATE\",\"minutesAttended\":-5}",
                "{\"episodeId\":\"" + id + "\",\"status\":\"PRESENT\",\"minutesAttended\":99999999999}",
                "{\"episodeId\":\"" + id + "\",\"status\":\"PRESENT\",\"version\":-1}",
                "{\"clientId\":\"" + UUID.randomUUID() + "\",\"status\":\"PRESENT\"}")) {
            requests.add(post("/api/v1/sessions/{id}/attendance", session.value()).header("Idempotency-Key",
                    UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON).content(body));
        }
        for (String key : List.of("short", LONG.substring(0, 300), SCRIPT, "with space in it")) {
            requests.add(post("/api/v1/sessions/{id}/attendance", session.value()).header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"episodeId\":\"" + id + "\",\"status\":\"PRESENT\"}"));
        }
        List<Map<String, String>> forms = List.of(Map.of(),
                Map.of("episodeId", SCRIPT, "status", LONG, "minutesAttended", "ten", "version", "x"),
                Map.of("episodeId", id, "status", "LATE", "minutesAttended", "-3"),
                Map.of("episodeId", id, "status", "NAPPING"),
                Map.of("episodeId", "not-an-id", "recordNumber", LONG, "status", "PRESENT"),
                Map.of("recordNumber", SCRIPT, "status", "PRESENT"));
        for (Map<String, String> form : forms) {
            for (String path : List.of("/sessions/" + session + "/attendance", "/sessions/" + session
                    + "/attendance/walk-ins")) {
                MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
                form.forEach(request::param);
                requests.add(request);
            }
        }
        // A walk-in names one client: from the list or by record number, not both.
        requests.add(post("/sessions/" + session + "/attendance/walk-ins").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("episodeId", id).param("recordNumber", "SW-1").param("status", "PRESENT"));
        for (Map<String, String> form : List.of(Map.<String, String>of(), Map.of("note", ""), Map.of("note", LONG),
                Map.of("note", SCRIPT), Map.of("note", "Fine note", "version", "seven"))) {
            MockHttpServletRequestBuilder request = post("/attendance/alerts/{id}/close", alert)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED);
            form.forEach(request::param);
            requests.add(request);
        }

        Map<String, String> before = tables();
        for (MockHttpServletRequestBuilder request : requests) {
            MockHttpServletResponse response = mvc.perform(request.with(csrf())
                    .with(SignedIn.as(staff, Role.FRONT_DESK))).andReturn().getResponse();
            assertThat(response.getStatus()).as(request.toString()).isBetween(400, 499);
            assertThat(response.getContentAsString()).doesNotContain("Exception", "\tat org.", "<script>");
        }
        assertThat(tables()).isEqualTo(before);
    }
}
