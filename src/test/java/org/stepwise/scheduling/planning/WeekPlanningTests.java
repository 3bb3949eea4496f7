package org.stepwise.scheduling.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.SiteId;
import org.stepwise.staff.Role;

@StepwiseTest
class WeekPlanningTests {

    @Autowired
    WeekPlanning planning;

    @Autowired
    PlanPublisher publisher;

    @Autowired
    SessionPlanning sessions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    IsoWeek nextWeek;
    PlanningClinic clinic;

    @BeforeEach
    void signInAsDirector() {
        org.stepwise.SignedIn.signIn(org.stepwise.SignedIn.demoAccount(staff, Role.PROGRAM_DIRECTOR));
        nextWeek = IsoWeek.containing(LocalDate.now(clock)).next();
        clinic = new PlanningClinic(jdbc, clock);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyClientGetsTheirHoursAndNothingIsBookedUntilTheDirectorAccepts() {
        clinic.groups(nextWeek, 12, sessions);
        List<UUID> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clients.add(clinic.client("Planned" + i, PlanningClinic.DAYS));
        }

        RunView run = runToTheEnd();

        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.feasible()).isTrue();
        assertThat(run.clients()).isEqualTo(8);
        assertThat(run.withinTarget()).isEqualTo(8);
        assertThat(run.shortfalls()).isEmpty();
        assertThat(liveBookings()).as("nothing booked before acceptance").isZero();

        PlanPublisher.Published published = publisher.accept(run.id(), run.version(), "director");

        assertThat(published.seats()).isEqualTo(run.seats()).isGreaterThanOrEqualTo(8 * 9 - 8);
        assertThat(liveBookings()).isEqualTo(published.seats() + published.appointments());
        for (UUID client : clients) {
            assertThat(clinic.count("""
                    SELECT count(*) FROM booking b JOIN session s ON s.id = b.session_id
                    WHERE b.client_id = ? AND b.status = 'BOOKED' AND s.week_start = ?""", client, nextWeek.monday()))
                    .as("sessions booked for a client with a 9-hour target").isGreaterThanOrEqualTo(9);
        }
        assertThat(planning.view(run.id()).status()).isEqualTo(RunStatus.ACCEPTED);
        assertThatThrownBy(() -> publisher.accept(run.id(), run.version(), "director"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already accepted");
    }

    @Test
    void aClientWhoComesOnlyOnMondaysIsExplainedNotForgotten() {
        clinic.groups(nextWeek, 12, sessions);
        UUID mondays = clinic.client("Mondays", List.of(DayOfWeek.MONDAY));
        clinic.client("Always", PlanningClinic.DAYS);

        RunView run = runToTheEnd();

        assertThat(run.withinTarget()).isEqualTo(1);
        assertThat(run.shortfalls()).anySatisfy(line -> {
            assertThat(line.client()).isEqualTo(mondays);
            assertThat(line.name()).contains("Mondays");
            assertThat(line.why()).contains("Mon");
        });
    }

    @Test
    void aFullWeekIsNeverOverbookedAndTheShortfallSaysTheGroupsAreFull() {
        clinic.groups(nextWeek, 2, sessions);
        for (int i = 0; i < 3; i++) {
            clinic.client("Crowded" + i, PlanningClinic.DAYS);
        }

        RunView run = runToTheEnd();
        publisher.accept(run.id(), run.version(), "director");

        for (UUID session : clinic.sessions) {
            assertThat(clinic.count("SELECT count(*) FROM booking WHERE session_id = ? AND status = 'BOOKED'", session))
                    .isLessThanOrEqualTo(2);
        }
        assertThat(run.withinTarget()).isLessThan(3);
        assertThat(run.shortfalls()).isNotEmpty();
    }

    @Test
    void aWeekWithoutGroupsIsRefusedWithWhatToDo() {
        clinic.client("Early", PlanningClinic.DAYS);

        assertThatThrownBy(() -> planning.start(nextWeek, new SiteId(clinic.site), "director"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Generate the week");
    }

    @Test
    void aSecondRunForTheSameWeekWhileOneRunsIsRefused() {
        clinic.groups(nextWeek, 12, sessions);
        clinic.client("Busy", PlanningClinic.DAYS);
        UUID first = planning.start(nextWeek, new SiteId(clinic.site), "director");
        try {
            assertThatThrownBy(() -> planning.start(nextWeek, new SiteId(clinic.site), "director"))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("being made already");
        } finally {
            planning.await(first);
        }
    }

    @Test
    void aDiscardedPlanBooksNothingAndCannotBeAcceptedAfterwards() {
        clinic.groups(nextWeek, 12, sessions);
        clinic.client("Discarded", PlanningClinic.DAYS);
        RunView run = runToTheEnd();

        publisher.discard(run.id(), run.version(), "director");

        assertThat(liveBookings()).isZero();
        assertThatThrownBy(() -> publisher.accept(run.id(), run.version(), "director"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("discarded");
    }

    private RunView runToTheEnd() {
        UUID id = planning.start(nextWeek, new SiteId(clinic.site), "director");
        planning.await(id);
        return planning.view(id);
    }

    private long liveBookings() {
        return clinic.count("""
                SELECT count(*) FROM booking b JOIN session s ON s.id = b.session_id
                WHERE s.site_id = ? AND b.status = 'BOOKED'""", clinic.site);
    }
}
