package org.stepwise.alumni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.Discharges;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionCategory;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** A weekly alumni group put on the schedule for the coming weeks. */
@StepwiseTest
class AlumniGroupsTests {

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

    @Autowired
    Schedule schedule;

    AlumniFixtures f;
    AlumniFixtures.ProgramAndTrack where;
    StaffId clinician;

    @BeforeEach
    void setUp() {
        f = new AlumniFixtures(jdbc, clock, staff, admissions, discharges, groups);
        where = f.newProgram();
        clinician = SignedIn.demoAccount(staff, Role.CLINICIAN).id();
    }

    private AlumniGroups.Scheduled schedule(AlumniGroupRequest request) {
        return SignedIn.as(staff, Role.CLINICIAN, () -> groups.schedule(request));
    }

    private long alumniSessions() {
        return jdbc.sql("SELECT count(*) FROM alumni_session WHERE program_id = ?").param(where.program().value())
                .query(Long.class).single();
    }

    @Test
    void aWeeklyGroupScheduledForThreeWeeksIsOnTheScheduleEachWeek() {
        LocalDate firstThursday = f.today(where.program()).with(TemporalAdjusters.next(java.time.DayOfWeek.THURSDAY));
        AlumniGroups.Scheduled done = schedule(new AlumniGroupRequest(where.program(), 4, LocalTime.of(18, 0), null,
                clinician, 3, null));
        assertThat(done.created()).hasSize(3);
        for (int week = 0; week < 3; week++) {
            LocalDate day = firstThursday.plusWeeks(week);
            List<SessionView> alumni = schedule.week(IsoWeek.containing(day), null).stream()
                    .filter(s -> done.created().contains(s.id())).toList();
            assertThat(alumni).singleElement().satisfies(s -> {
                assertThat(s.day()).isEqualTo(day);
                assertThat(s.startTime()).isEqualTo(LocalTime.of(18, 0));
                assertThat(s.typeCode()).isEqualTo("ALUMNI");
                assertThat(s.category()).isEqualTo(SessionCategory.ALUMNI_SUPPORT);
                assertThat(s.countedHours()).as("no IOP hours").isEqualByComparingTo(BigDecimal.ZERO);
                assertThat(s.track()).as("alumni belong to no track").isNull();
                assertThat(s.facilitator()).isEqualTo(clinician);
                assertThat(s.title()).startsWith("Alumni group — Alumni test program");
            });
        }
        assertThat(groups.between(firstThursday, firstThursday.plusWeeks(2), where.program()))
                .extracting(g -> g.session().id()).containsExactlyElementsOf(done.created());
    }

    @Test
    void schedulingTheSameGroupAgainAddsOnlyTheWeeksItDidNotHave() {
        schedule(new AlumniGroupRequest(where.program(), 2, LocalTime.of(17, 30), null, clinician, 2, null));
        AlumniGroups.Scheduled again = schedule(new AlumniGroupRequest(where.program(), 2, LocalTime.of(17, 30), null,
                clinician, 4, null));
        assertThat(again.created()).hasSize(2);
        assertThat(again.alreadyThere()).hasSize(2);
        assertThat(alumniSessions()).isEqualTo(4);
    }

    @Test
    void aRequestWithMissingOrWrongFieldsNamesEachAndSchedulesNothing() {
        assertThatThrownBy(() -> schedule(new AlumniGroupRequest(null, 9, null, null, null, 0, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("program", "weekday", "startsAt", "weeks", "facilitator"));
        StaffId biller = SignedIn.demoAccount(staff, Role.BILLER).id();
        assertThatThrownBy(() -> schedule(new AlumniGroupRequest(where.program(), 1, LocalTime.of(18, 0), null, biller,
                27, f.today(where.program()).minusDays(1))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("facilitator", "weeks", "firstDay"));
        assertThat(alumniSessions()).isZero();
    }
}
