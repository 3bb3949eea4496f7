package org.stepwise.measures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.stepwise.SignedIn.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseTest;
import org.stepwise.measures.MeasuresDue;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * The due lists: a clinician's (oldest first, overdue marked, a link to the entry form, gone once entered), the
 * Today card's counts, a group session's, and who the schedule is for (a diagnosis filter).
 */
@StepwiseTest
@AutoConfigureMockMvc
class DueListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDirectory staff;

    @Autowired
    MeasuresDue due;

    private StaffMember clinician;
    private MbcFixtures.Program program;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void aProgramOfItsOwnWithSchedules() {
        clinician = staff.activeWithRole(Role.CLINICIAN).getFirst();
        program = MbcFixtures.program(jdbc);
        MbcFixtures.schedule(jdbc, program, "phq9", "WEEKLY");
        MbcFixtures.schedule(jdbc, program, "pcl5", "AT_ADMISSION", "F43.1");
    }

    @Test
    void aClinicianSeesTheirClientsMeasuresDueOldestFirstUntilEntered() throws Exception {
        UUID overdue = MbcFixtures.client(jdbc, "Olive", clinician.id().value());
        MbcFixtures.admit(jdbc, program, overdue, today.minusDays(20), "F43.10");
        MbcFixtures.given(jdbc, overdue, clinician.id().value(), "pcl5", today.minusDays(20), 40);
        MbcFixtures.given(jdbc, overdue, clinician.id().value(), "phq9", today.minusDays(12), 10); // due 5 days ago
        UUID recent = MbcFixtures.client(jdbc, "Rowan", clinician.id().value());
        MbcFixtures.admit(jdbc, program, recent, today.minusDays(8), "F33.1");
        MbcFixtures.given(jdbc, recent, clinician.id().value(), "phq9", today.minusDays(7), 9); // due today

        String page = mvc.perform(get("/measures/due").with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Olive Measured", "Rowan Measured", "overdue (5 days)");
        assertThat(page.indexOf("Olive Measured")).isLessThan(page.indexOf("Rowan Measured"));
        assertThat(page).contains("/clients/" + overdue + "/measures/new?instrument=phq9");
        assertThat(page).doesNotContain("/clients/" + overdue + "/measures/new?instrument=pcl5"); // given at admission
        assertThat(page).doesNotContain("/clients/" + recent + "/measures/new?instrument=pcl5"); // not F43.1
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject LIKE 'measures due%'")
                .param(overdue).query(Long.class).single()).isEqualTo(1);

        MbcFixtures.given(jdbc, overdue, clinician.id().value(), "phq9", today, 14);
        String after = mvc.perform(get("/measures/due").with(as(clinician, Role.CLINICIAN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain("Olive Measured").contains("Rowan Measured");
    }

    @Test
    void aFollowUpMeasureCountsFromTheLastDayOfTreatmentNotTheDayTheDischargeWasRecorded() throws Exception {
        MbcFixtures.schedule(jdbc, program, "gad7", "FOLLOW_UP");
        UUID client = MbcFixtures.client(jdbc, "Fern", clinician.id().value());
        UUID episode = MbcFixtures.admit(jdbc, program, client, today.minusDays(90), "F33.1");
        MbcFixtures.given(jdbc, client, clinician.id().value(), "phq9", today.minusDays(31), 8);
        // Discharged today, back-dated to a last day 31 days ago (issue 7): the 30-day follow-up fell due yesterday.
        jdbc.sql("UPDATE episode SET status = 'DISCHARGED' WHERE id = ?").param(episode).update();
        jdbc.sql("INSERT INTO episode_status_change (episode_id, from_status, to_status, changed_at, changed_by, reason) "
                + "VALUES (?, 'ADMITTED', 'DISCHARGED', now(), 'test', 'Left; recorded late.')").param(episode).update();
        jdbc.sql("INSERT INTO episode_discharge (episode_id, discharge_type, discharged_on, reason, recorded_by, "
                + "recorded_at) VALUES (?, 'LEFT_AGAINST_ADVICE', ?, 'Left; recorded late.', 'test', now())")
                .params(episode, today.minusDays(31)).update();

        String page = mvc.perform(get("/measures/due").with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Fern Measured", "/clients/" + client + "/measures/new?instrument=gad7");
    }

    @Test
    void theTodayCardCountsWhatIsDueAndHighlightsOverdue() throws Exception {
        StaffMember nurse = staff.activeWithRole(Role.NURSE).getFirst();
        var before = asUser(nurse);
        UUID client = MbcFixtures.client(jdbc, "Noor", nurse.id().value());
        MbcFixtures.admit(jdbc, program, client, today.minusDays(10), "F43.12");

        var after = asUser(nurse);
        assertThat(after.due()).isEqualTo(before.due() + 2); // the weekly PHQ-9 and the admission PCL-5
        assertThat(after.overdue()).isEqualTo(before.overdue() + 2);
        String todayPage = mvc.perform(get("/").with(as(nurse, Role.NURSE))).andReturn().getResponse()
                .getContentAsString();
        assertThat(todayPage).contains("Measures due", "/measures/due");
    }

    @Test
    void aGroupSessionListsItsBookedClientsWithAMeasureDue() throws Exception {
        UUID due1 = MbcFixtures.client(jdbc, "Gale", clinician.id().value());
        UUID episode = MbcFixtures.admit(jdbc, program, due1, today.minusDays(3), "F10.20");
        UUID done = MbcFixtures.client(jdbc, "Hale", clinician.id().value());
        UUID episode2 = MbcFixtures.admit(jdbc, program, done, today.minusDays(3), "F10.20");
        MbcFixtures.given(jdbc, done, clinician.id().value(), "phq9", today.minusDays(3), 6);
        StaffMember other = staff.activeWithRole(Role.CLINICIAN).stream()
                .filter(s -> !s.id().equals(clinician.id())).findFirst().orElseThrow();
        UUID notMine = MbcFixtures.client(jdbc, "Ives", other.id().value());
        UUID episode3 = MbcFixtures.admit(jdbc, program, notMine, today.minusDays(3), "F10.20");
        UUID session = session(program, clinician);
        book(session, due1, episode);
        book(session, done, episode2);
        book(session, notMine, episode3);

        String page = mvc.perform(get("/sessions/{id}/measures-due", session).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Gale Measured").doesNotContain("Hale Measured").doesNotContain("Ives Measured");
        assertThat(page).contains("1 booked client(s) are not on your care team");
        String mine = mvc.perform(get("/measures/due").with(as(clinician, Role.CLINICIAN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("/sessions/" + session + "/measures-due");
        mvc.perform(get("/sessions/{id}/measures-due", UUID.randomUUID()).with(as(clinician, Role.CLINICIAN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDirectorAddsAndChangesASchedule() throws Exception {
        StaffMember director = staff.activeWithRole(Role.PROGRAM_DIRECTOR).getFirst();
        String submission = UUID.randomUUID().toString();
        for (int click = 0; click < 2; click++) { // a double click makes one
            mvc.perform(post("/measures/schedules").with(csrf()).with(as(director, Role.PROGRAM_DIRECTOR))
                            .param("submission", submission).param("program", program.program().toString())
                            .param("track", program.track().toString()).param("instrument", "bam")
                            .param("timing", "WEEKLY").param("diagnoses", "F10-F19").param("overdueAfterDays", "2")
                            .param("active", "true"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.sql("SELECT diagnoses::text FROM measure_schedule WHERE id = ?::uuid").param(submission)
                .query(String.class).single()).isEqualTo("{F10-F19}");
        String list = mvc.perform(get("/measures/schedules").with(as(director, Role.PROGRAM_DIRECTOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("BAM", "Diagnoses F10-F19");

        mvc.perform(post("/measures/schedules").with(csrf()).with(as(director, Role.PROGRAM_DIRECTOR))
                        .param("submission", UUID.randomUUID().toString()).param("program", program.program().toString())
                        .param("instrument", "phq9").param("timing", "WEEKLY").param("diagnoses", "PTSD")
                        .param("overdueAfterDays", "99"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("neither the start of an ICD-10-CM code", "Overdue after 0 to 60 days."));

        mvc.perform(post("/measures/schedules/{id}", submission).with(csrf()).with(as(director, Role.PROGRAM_DIRECTOR))
                        .param("version", "0").param("program", program.program().toString()).param("instrument", "bam")
                        .param("timing", "BIWEEKLY").param("diagnoses", "F10-F19").param("overdueAfterDays", "2"))
                .andExpect(status().is3xxRedirection());
        // a second edit from the same, now stale, form: the other person's version is shown, nothing overwritten
        mvc.perform(post("/measures/schedules/{id}", submission).with(csrf()).with(as(director, Role.PROGRAM_DIRECTOR))
                        .param("version", "0").param("program", program.program().toString()).param("instrument", "bam")
                        .param("timing", "WEEKLY").param("diagnoses", "").param("overdueAfterDays", "2")
                        .param("active", "true"))
                .andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Someone else changed"));
        assertThat(jdbc.sql("SELECT timing || ' ' || active || ' ' || version FROM measure_schedule WHERE id = ?::uuid")
                .param(submission).query(String.class).single()).isEqualTo("BIWEEKLY false 1");

        mvc.perform(get("/measures/schedules").with(as(clinician, Role.CLINICIAN))).andExpect(status().isForbidden());
    }

    private MeasuresDue.Counts asUser(StaffMember member) {
        return due.countFor(new StepwiseUser(member.id(), "nurse", "Nurse", Role.NURSE));
    }

    private UUID session(MbcFixtures.Program p, StaffMember facilitator) {
        UUID type = jdbc.sql("SELECT id FROM session_type WHERE category = 'GROUP_THERAPY' LIMIT 1").query(UUID.class)
                .single();
        UUID id = UUID.randomUUID();
        OffsetDateTime starts = today.atTime(23, 0).atOffset(ZoneOffset.UTC).minusHours(1);
        jdbc.sql("""
                INSERT INTO session (id, session_type_id, track_id, site_id, facilitator_id, title, week_start,
                                     starts_at, ends_at, cap, modality, status, created_at)
                VALUES (?, ?, ?, ?, ?, 'MBC group', date_trunc('week', ?::date)::date, ?, ?, 12, 'IN_PERSON',
                        'SCHEDULED', now())""")
                .params(id, type, p.track(), p.site(), facilitator.id().value(), today, starts, starts.plusMinutes(50))
                .update();
        return id;
    }

    private void book(UUID session, UUID client, UUID episode) {
        jdbc.sql("""
                INSERT INTO booking (id, session_id, client_id, episode_id, status, source, booked_at, booked_by)
                VALUES (?, ?, ?, ?, 'BOOKED', 'MANUAL', now(), 'test')""")
                .params(UUID.randomUUID(), session, client, episode).update();
    }
}
