package org.stepwise.alumni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.Discharges;
import org.stepwise.scheduling.SessionId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** The roster page, an alumni group's check-in (pages and API), the Today card. */
@StepwiseTest
@AutoConfigureMockMvc
class AlumniPagesTests {

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
    Discharges discharges;

    @Autowired
    AlumniGroups groups;

    AlumniFixtures f;
    AlumniFixtures.ProgramAndTrack where;
    AlumniFixtures.Former alder;
    SessionId tonight;

    @BeforeEach
    void setUp() {
        f = new AlumniFixtures(jdbc, clock, staff, admissions, discharges, groups);
        where = f.newProgram();
        var admitted = f.discharges().admit(where.track(), "Alder", 40, SignedIn.demoAccount(staff, Role.NURSE));
        f.discharges().discharge(admitted.episode(), DischargeType.COMPLETED, LocalDate.now(clock));
        alder = new AlumniFixtures.Former(admitted.client(), admitted.episode());
        await().atMost(Duration.ofSeconds(30)).until(() -> count("alumni_member") == 1);
        tonight = f.groupToday(where.program());
    }

    private long count(String table) {
        String column = table.equals("alumni_member") ? "program_id" : "session_id";
        Object value = table.equals("alumni_member") ? where.program().value() : tonight.value();
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = ?").param(value)
                .query(Long.class).single();
    }

    private String page(String path, Role role, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(SignedIn.as(staff, role))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String recordNumber() {
        return jdbc.sql("SELECT record_number FROM client WHERE id = ?").param(alder.client().value())
                .query(String.class).single();
    }

    @Test
    void theRosterListsTheAlumnusWithTheirDischargeAndLastGroup() throws Exception {
        String before = mvc.perform(get("/alumni").param("program", where.program().toString())
                .with(SignedIn.as(staff, Role.CASE_MANAGER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(before).contains("Robin Alder", recordNumber(), "Completed the program", "none yet");

        mvc.perform(post("/api/v1/alumni/sessions/{id}/attendance", tonight.value())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"" + alder.client() + "\",\"attended\":true}"))
                .andExpect(status().isCreated());
        String after = mvc.perform(get("/alumni").param("program", where.program().toString())
                .with(SignedIn.as(staff, Role.CASE_MANAGER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        LocalDate today = f.today(where.program());
        assertThat(after).contains("<td>" + today + "</td>", "<td>1</td>");

        mvc.perform(get("/api/v1/alumni").param("program", where.program().toString())
                        .with(SignedIn.as(staff, Role.CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].clientId").value(alder.client().toString()))
                .andExpect(jsonPath("$[0].dischargeType").value("COMPLETED"))
                .andExpect(jsonPath("$[0].lastGroup").value(today.toString()))
                .andExpect(jsonPath("$[0].groupsLast90Days").value(1));
    }

    @Test
    void theNameLinksToTheChartOnlyForThoseWhoMayOpenIt() throws Exception {
        String chart = "href=\"/clients/" + alder.client() + "\"";
        assertThat(page("/alumni?program=" + where.program(), Role.PROGRAM_DIRECTOR)).contains(chart);
        assertThat(page("/alumni?program=" + where.program(), Role.CLINICIAN)).contains("Robin Alder")
                .doesNotContain(chart);
    }

    @Test
    void theCheckInListsTheRosterAndAnHtmxSaveRedrawsTheRow() throws Exception {
        assertThat(page("/alumni/sessions/{id}", Role.FRONT_DESK, tonight.value()))
                .contains("Robin Alder", "0 of 1 alumni came", "Not recorded");
        String row = mvc.perform(post("/alumni/sessions/{id}/attendance", tonight.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)).header("HX-Request", "true")
                        .param("clientId", alder.client().toString()).param("attended", "true").param("version", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row).contains("row-" + alder.client(), "Saved.", "1 of 1 alumni came", "Did not come")
                .doesNotContain("<html");
        String again = mvc.perform(post("/alumni/sessions/{id}/attendance", tonight.value()).with(csrf())
                        .with(SignedIn.as(staff, Role.CASE_MANAGER)).header("HX-Request", "true")
                        .param("clientId", alder.client().toString()).param("attended", "true").param("version", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Already recorded; nothing changed.");
        assertThat(count("alumni_attendance")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT version FROM alumni_attendance WHERE session_id = ?").param(tonight.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void changingSomeoneElsesAnswerNeedsTheVersionTheyRecorded() throws Exception {
        mvc.perform(post("/api/v1/alumni/sessions/{id}/attendance", tonight.value())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"" + alder.client() + "\",\"attended\":true}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.change").value("recorded"));
        mvc.perform(post("/api/v1/alumni/sessions/{id}/attendance", tonight.value())
                        .with(SignedIn.as(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"" + alder.client() + "\",\"attended\":false}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/alumni/sessions/{id}/attendance", tonight.value())
                        .with(SignedIn.as(staff, Role.CLINICIAN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"" + alder.client() + "\",\"attended\":false,\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.change").value("corrected"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void attendanceOfSomeoneNotOnTheRosterOrAtAnotherSessionIsRefused() throws Exception {
        var stranger = f.discharged(where, "Stranger", DischargeType.ADMINISTRATIVE);
        mvc.perform(post("/api/v1/alumni/sessions/{id}/attendance", tonight.value())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"" + stranger.client() + "\",\"attended\":true}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/alumni/sessions/{id}/attendance", java.util.UUID.randomUUID())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"" + alder.client() + "\",\"attended\":true}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/alumni/sessions/{id}/attendance", tonight.value())
                        .with(SignedIn.as(staff, Role.FRONT_DESK)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"clientId\":\"" + alder.client() + "\"}"))
                .andExpect(status().isBadRequest());
        assertThat(count("alumni_attendance")).isZero();
    }

    @Test
    void aFormerClientIsAddedByRecordNumberAndAnUnknownNumberChangesNothing() throws Exception {
        var other = f.discharged(where, "Juniper", DischargeType.TRANSFERRED);
        String number = jdbc.sql("SELECT record_number FROM client WHERE id = ?").param(other.client().value())
                .query(String.class).single();
        mvc.perform(post("/alumni").with(csrf()).with(SignedIn.as(staff, Role.CASE_MANAGER))
                .param("recordNumber", "SW-999999999")).andExpect(status().isUnprocessableContent());
        assertThat(count("alumni_member")).isEqualTo(1);
        mvc.perform(post("/alumni").with(csrf()).with(SignedIn.as(staff, Role.CASE_MANAGER))
                .param("recordNumber", number).param("mayContact", "true")).andExpect(status().is3xxRedirection());
        assertThat(count("alumni_member")).isEqualTo(2);
        assertThat(page("/alumni?program=" + where.program(), Role.CASE_MANAGER)).contains("Robin Juniper",
                "Transferred to another provider", "added by hand");
    }

    @Test
    void theFrontDeskAndTheFacilitatorSeeTodaysAlumniGroupOnTheirTodayPage() throws Exception {
        String card = "/alumni/sessions/" + tonight;
        assertThat(page("/", Role.FRONT_DESK)).contains(card, "Alumni group today at 00:05");
        mvc.perform(get("/").with(SignedIn.asDemoAccount(staff, Role.CLINICIAN))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(card));
        assertThat(page("/", Role.BILLER)).doesNotContain(card);
    }

    @Test
    void aGroupIsScheduledFromThePage() throws Exception {
        mvc.perform(post("/alumni/groups").with(csrf()).with(SignedIn.as(staff, Role.CLINICIAN))
                        .param("program", where.program().toString()).param("weekday", "3").param("startsAt", "19:00")
                        .param("facilitator", SignedIn.demoAccount(staff, Role.CLINICIAN).id().toString())
                        .param("weeks", "2"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM alumni_session WHERE program_id = ?").param(where.program().value())
                .query(Long.class).single()).isEqualTo(3);
        assertThat(page("/alumni/groups", Role.FRONT_DESK)).contains("Alumni test program",
                "Who came");
        mvc.perform(post("/alumni/groups").with(csrf()).with(SignedIn.as(staff, Role.CLINICIAN))
                        .param("program", where.program().toString()).param("weekday", "3").param("startsAt", "7pm")
                        .param("weeks", "2"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT count(*) FROM alumni_session WHERE program_id = ?").param(where.program().value())
                .query(Long.class).single()).isEqualTo(3);
    }
}
