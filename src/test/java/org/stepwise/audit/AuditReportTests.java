package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/** The administrator's audit report, its JSON twin and the CSV export, on events this test writes. */
@AuditContextTest
class AuditReportTests {

    @Autowired MockMvc mvc;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired StaffDirectory staff;
    @Autowired AuditTestConfiguration.SettableClock clock;
    @Autowired AuditTestConfiguration.FakeClientLabels labels;

    /** A user name no other test uses, so that filtering by it isolates this test's events. */
    String user;
    RequestPostProcessor admin;

    @BeforeEach
    void setUp() {
        user = "u" + UUID.randomUUID().toString().substring(0, 8);
        admin = SignedIn.as(staff, "admin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void recordAt(String localTime, AuditAction action, ClientId client, String subject, String detail) {
        clock.set(LocalDateTime.parse(localTime).atZone(AuditTestConfiguration.CLINIC_ZONE).toInstant());
        audit.recordAs(user, "CLINICIAN", action, client, subject, detail);
    }

    private void record(AuditAction action, ClientId client) {
        audit.recordAs(user, "CLINICIAN", action, client, "client record", "opened");
    }

    @Test
    void filtersByUserNewestFirst() throws Exception {
        ClientId client = ClientId.random();
        record(AuditAction.VIEW, client);
        record(AuditAction.UPDATE, client);
        audit.recordAs("someone-else", "NURSE", AuditAction.VIEW, client, "client record", null);

        mvc.perform(get("/api/v1/audit/events").param("username", user).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events", hasSize(2)))
                .andExpect(jsonPath("$.events[*].username", everyItem(is(user))))
                .andExpect(jsonPath("$.events[0].action").value("UPDATE"))
                .andExpect(jsonPath("$.events[1].action").value("VIEW"))
                .andExpect(jsonPath("$.events[0].role").value("CLINICIAN"))
                .andExpect(jsonPath("$.events[0].clientId").value(client.toString()))
                .andExpect(jsonPath("$.nextBefore").value(nullValue()));
        mvc.perform(get("/audit").param("username", user).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-events\"")))
                .andExpect(content().string(containsString("2 events shown")))
                .andExpect(content().string(not(containsString("someone-else"))));
    }

    @Test
    void filtersByClientIdOrRecordNumberAndShowsTheRecordNumber() throws Exception {
        ClientId known = labels.register("SW-00" + (100000 + (int) (Math.random() * 899999)));
        String number = labels.label(known).orElseThrow();
        ClientId other = ClientId.random();
        record(AuditAction.VIEW, known);
        record(AuditAction.VIEW, other);
        audit.recordAs("frontdesk", "FRONT_DESK", AuditAction.VIEW, known, "client record", null);

        mvc.perform(get("/api/v1/audit/events").param("clientId", known.toString()).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events", hasSize(2)))
                .andExpect(jsonPath("$.events[*].clientId", everyItem(is(known.toString()))))
                .andExpect(jsonPath("$.events[*].client", everyItem(is(number))));
        mvc.perform(get("/api/v1/audit/events").param("clientId", number.toLowerCase()).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events", hasSize(2)));
        mvc.perform(get("/api/v1/audit/events").param("clientId", other.toString()).with(admin))
                .andExpect(jsonPath("$.events", hasSize(1)))
                .andExpect(jsonPath("$.events[0].client").value(nullValue()));
        // The page: filter by record number, see the VIEW rows of that client, labelled by record number.
        mvc.perform(get("/audit").param("clientId", number).param("action", "VIEW").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>" + number + "</td>")))
                .andExpect(content().string(containsString("<td>" + user + "</td>")))
                .andExpect(content().string(containsString("<td>frontdesk</td>")))
                .andExpect(content().string(containsString("<td>Front desk</td>")))
                .andExpect(content().string(not(containsString(other.toString()))));
    }

    @Test
    void filtersByAction() throws Exception {
        ClientId client = ClientId.random();
        record(AuditAction.VIEW, client);
        record(AuditAction.BREAK_GLASS, client);
        record(AuditAction.PRINT, client);

        mvc.perform(get("/api/v1/audit/events").param("username", user).param("action", "break_glass").with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events", hasSize(1)))
                .andExpect(jsonPath("$.events[0].action").value("BREAK_GLASS"));
        mvc.perform(get("/api/v1/audit/events").param("action", "PRINT").param("limit", "500").with(admin))
                .andExpect(jsonPath("$.events[*].action", everyItem(is("PRINT"))));
        mvc.perform(get("/audit").param("username", user).param("action", "PRINT").with(admin))
                .andExpect(content().string(containsString("1 event shown")))
                .andExpect(content().string(containsString("<option value=\"PRINT\" selected=\"selected\">PRINT</option>")));
    }

    @Test
    void filtersByPeriodInWholeDaysOfTheClinicTimeZoneBothEndsIncluded() throws Exception {
        ClientId client = ClientId.random();
        recordAt("2026-03-03T23:30:00", AuditAction.VIEW, client, "late on the 3rd", null); // 04:30 UTC on the 4th
        recordAt("2026-03-04T00:30:00", AuditAction.VIEW, client, "early on the 4th", null);
        recordAt("2026-03-05T23:59:59", AuditAction.VIEW, client, "last second of the 5th", null);
        recordAt("2026-03-06T00:00:00", AuditAction.VIEW, client, "first second of the 6th", null);

        assertThat(subjects("from", "2026-03-04", "to", "2026-03-04")).containsExactly("early on the 4th");
        assertThat(subjects("to", "2026-03-03")).containsExactly("late on the 3rd");
        assertThat(subjects("from", "2026-03-04", "to", "2026-03-05"))
                .containsExactly("last second of the 5th", "early on the 4th");
        assertThat(subjects("from", "2026-03-06")).containsExactly("first second of the 6th");
        assertThat(subjects("from", "2026-03-03", "to", "2026-03-06")).hasSize(4);
    }

    private List<String> subjects(String... parameters) throws Exception {
        var request = get("/api/v1/audit/events").param("username", user).with(admin);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return com.jayway.jsonpath.JsonPath.read(json, "$.events[*].subject");
    }

    @Test
    void pagesNewestFirstWithoutGapsOrRepeats() throws Exception {
        ClientId client = ClientId.random();
        for (int i = 1; i <= 5; i++) {
            audit.recordAs(user, "NURSE", AuditAction.VIEW, client, "view " + i, null);
        }
        List<String> seen = new ArrayList<>();
        String before = null;
        int pages = 0;
        do {
            var request = get("/api/v1/audit/events").param("username", user).param("limit", "2").with(admin);
            if (before != null) {
                request.param("before", before);
            }
            String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            seen.addAll(com.jayway.jsonpath.JsonPath.read(json, "$.events[*].subject"));
            Object next = com.jayway.jsonpath.JsonPath.read(json, "$.nextBefore");
            before = next == null ? null : next.toString();
            pages++;
        } while (before != null);

        assertThat(seen).containsExactly("view 5", "view 4", "view 3", "view 2", "view 1");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void thePageLinksToOlderEventsWithTheSameFilter() throws Exception {
        ClientId client = ClientId.random();
        for (int i = 1; i <= 51; i++) {
            audit.recordAs(user, "NURSE", AuditAction.VIEW, client, "view " + i, null);
        }
        String page = mvc.perform(get("/audit").param("username", user).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("50 events shown")))
                .andExpect(content().string(not(containsString("<td>view 1</td>"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String older = page.replaceAll("(?s).*href=\"(/audit\\?username=[^\"]*before=\\d+)\".*", "$1")
                .replace("&amp;", "&");
        assertThat(older).startsWith("/audit?username=" + user);

        mvc.perform(get(older).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 event shown")))
                .andExpect(content().string(containsString("<td>view 1</td>")))
                .andExpect(content().string(containsString("Newest events")));
    }

    @Test
    void exportsTheFilteredEventsAsSpreadsheetSafeCsvAndRecordsTheExport() throws Exception {
        ClientId client = ClientId.random();
        audit.recordAs(user, "CLINICIAN", AuditAction.VIEW, client, "plain", "nothing special");
        audit.recordAs(user, "CLINICIAN", AuditAction.PRINT, client, "commas, \"quotes\"", "two\nlines");
        audit.recordAs(user, "CLINICIAN", AuditAction.UPDATE, client, "=HYPERLINK(\"http://evil\")", "+1-555");
        audit.recordAs(user, "CLINICIAN", AuditAction.CREATE, client, "@SUM(A1)", "-2");
        long exportsBefore = exportsBy("admin");

        String csv = mvc.perform(get("/audit/export.csv").param("username", user).with(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"audit-events-")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<List<String>> records = Csv.parse(csv);
        assertThat(records.getFirst()).containsExactly("seq", "occurred_at", "username", "role", "client_id", "client",
                "action", "subject", "detail", "remote_address");
        assertThat(records).hasSize(5);
        assertThat(records.subList(1, 5)).allSatisfy(r -> assertThat(r).hasSize(10).element(2).isEqualTo(user));
        assertThat(records.get(1)).containsSubsequence("CREATE", "'@SUM(A1)", "'-2");
        assertThat(records.get(2)).containsSubsequence("UPDATE", "'=HYPERLINK(\"http://evil\")", "'+1-555");
        assertThat(records.get(3)).containsSubsequence("PRINT", "commas, \"quotes\"", "two\nlines");
        assertThat(records.get(4)).containsSubsequence(client.toString(), "", "VIEW", "plain", "nothing special");
        assertThat(csv).contains("\"commas, \"\"quotes\"\"\"");

        assertThat(exportsBy("admin")).isEqualTo(exportsBefore + 1);
        String detail = jdbc.sql("SELECT detail FROM audit_event WHERE username = 'admin' AND action = 'EXPORT' "
                + "ORDER BY seq DESC LIMIT 1").query(String.class).single();
        assertThat(detail).isEqualTo("user=" + user);
        assertThat(csv).doesNotContain("audit log export");
    }

    @Test
    void anExportOfOneClientIsRecordedAgainstThatClient() throws Exception {
        ClientId client = ClientId.random();
        record(AuditAction.VIEW, client);

        String csv = mvc.perform(get("/audit/export.csv").param("clientId", client.toString()).with(admin))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(Csv.parse(csv)).hasSize(2);
        mvc.perform(get("/api/v1/audit/events").param("clientId", client.toString()).with(admin))
                .andExpect(jsonPath("$.events[0].action").value("EXPORT"))
                .andExpect(jsonPath("$.events[0].username").value("admin"))
                .andExpect(jsonPath("$.events[0].role").value("ADMINISTRATOR"))
                .andExpect(jsonPath("$.events[0].remoteAddress").value("127.0.0.1"))
                .andExpect(jsonPath("$.events[1].action").value("VIEW"));
    }

    @Test
    void exportsMoreEventsThanOneBatchInOrderWithoutGapsOrRepeats() throws Exception {
        ClientId client = ClientId.random();
        int events = org.stepwise.audit.internal.AuditReportBatches.EXPORT + 1;
        for (int i = 1; i <= events; i++) {
            audit.recordAs(user, "NURSE", AuditAction.VIEW, client, "view " + i, null);
        }

        String csv = mvc.perform(get("/audit/export.csv").param("username", user).with(admin))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<List<String>> records = Csv.parse(csv);
        assertThat(records).hasSize(events + 1);
        for (int i = 1; i <= events; i++) {
            assertThat(records.get(i).get(7)).isEqualTo("view " + (events + 1 - i));
        }
    }

    private long exportsBy(String username) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE username = ? AND action = 'EXPORT'")
                .param(username).query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "from|2026-02-30|from|Enter the date as yyyy-mm-dd",
        "to|03/04/2026|to|Enter the date as yyyy-mm-dd",
        "action|NOPE|action|Unknown action. Choose one of: VIEW, SEARCH",
        "clientId|not-a-uuid|clientId|Enter a record number such as SW-001234 or a client id",
        "clientId|SW-999999999|clientId|No client has that record number",
        "limit|0|limit|limit is how many events to return: a whole number from 1 to 500.",
        "limit|501|limit|a whole number from 1 to 500",
        "limit|ten|limit|a whole number from 1 to 500",
        "before|-1|before|before is the seq of the oldest event you already have"})
    void badApiFilterInputIsAClearBadRequest(String parameter, String value, String field, String message)
            throws Exception {
        mvc.perform(get("/api/v1/audit/events").param(parameter, value).with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail", containsString(message)))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString(message)));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("from", "2026-03-05").param("to", "2026-03-04").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("'To' must be on or after 'From'."));
    }

    @Test
    void anOverLongUserNameIsRefused() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("username", "x".repeat(101)).with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
    }

    @Test
    void thePageShowsEachErrorBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(get("/audit").param("from", "yesterday").param("action", "NOPE")
                        .param("username", user).with(admin))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");

        assertThat(page).contains("<input id=\"from\" name=\"from\" type=\"date\" value=\"yesterday\" "
                        + "aria-invalid=\"true\" aria-describedby=\"from-error\">")
                .contains("<p id=\"from-error\" class=\"field-error\">Enter the date as yyyy-mm-dd, for example "
                        + "2026-03-31.</p>")
                .contains("<select id=\"action\" name=\"action\" aria-invalid=\"true\" aria-describedby=\"action-error\">")
                .contains("<p id=\"action-error\" class=\"field-error\">Unknown action.")
                .contains("<a href=\"#from\">From: Enter the date as yyyy-mm-dd, for example 2026-03-31.</a>")
                .contains("<a href=\"#action\">Action: Unknown action.")
                .contains("<input id=\"to\" name=\"to\" type=\"date\" value=\"\">")
                .contains("value=\"" + user + "\"")
                .doesNotContain("id=\"audit-events\"");
    }

    @Test
    void aBadExportFilterIsRefusedAndNothingIsExportedOrRecorded() throws Exception {
        long exportsBefore = exportsBy("admin");
        mvc.perform(get("/audit/export.csv").param("action", "NOPE").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Unknown action")));
        assertThat(exportsBy("admin")).isEqualTo(exportsBefore);
    }

    @Test
    void scriptInFiltersOrEventsIsShownAsTextNeverRun() throws Exception {
        String script = "<script>alert(1)</script>";
        audit.recordAs(user, "CLINICIAN", AuditAction.VIEW, ClientId.random(), script, script);

        mvc.perform(get("/audit").param("username", user).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(script))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
        mvc.perform(get("/audit").param("username", script).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(script))))
                .andExpect(content().string(containsString("No events match this filter.")));
    }

    @Test
    void theFilterFieldsHaveTheLabelsPeopleLookFor() throws Exception {
        mvc.perform(get("/audit").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"username\">User</label>")))
                .andExpect(content().string(containsString("<label for=\"clientId\">Client</label>")))
                .andExpect(content().string(containsString("<label for=\"action\">Action</label>")))
                .andExpect(content().string(containsString("<label for=\"from\">From</label>")))
                .andExpect(content().string(containsString("<label for=\"to\">To</label>")))
                .andExpect(content().string(containsString("<button type=\"submit\" class=\"button primary\">Filter</button>")))
                .andExpect(content().string(containsString("href=\"/audit/export.csv\"")));
    }

    @Test
    void timesAreShownInTheClinicTimeZone() throws Exception {
        clock.set(Instant.parse("2026-07-01T16:05:09.5Z"));
        audit.recordAs(user, "NURSE", AuditAction.VIEW, ClientId.random(), "summer", null);

        mvc.perform(get("/audit").param("username", user).with(admin))
                .andExpect(content().string(containsString(
                        "<time datetime=\"2026-07-01T12:05:09.5-04:00\">2026-07-01 12:05:09</time>")));
        mvc.perform(get("/api/v1/audit/events").param("username", user).with(admin))
                .andExpect(jsonPath("$.events[0].occurredAt").value("2026-07-01T12:05:09.5-04:00"));
    }
}
