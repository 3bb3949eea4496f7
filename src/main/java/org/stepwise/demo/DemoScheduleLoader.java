package org.stepwise.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.WeekGeneration;
import org.stepwise.scheduling.planning.PlanPublisher;
import org.stepwise.scheduling.planning.RunStatus;
import org.stepwise.scheduling.planning.RunView;
import org.stepwise.scheduling.planning.WeekPlanning;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Keeps the demo clinic's schedule current: at each start-up, this week and next are generated from the track
 * templates, and a week nobody has planned yet is planned by the optimizer and published, as a program director
 * would. So the demo always has today's groups to check people in to. Off with {@code stepwise.demo.plan-weeks=false}
 * (the tests, which build their own weeks).
 */
@Component
@Order(1)
class DemoScheduleLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoScheduleLoader.class);
    /** Short, so that the demo starts quickly; the plan is good long before the optimizer's usual limit. */
    private static final Duration PLANNING_TIME = Duration.ofSeconds(8);

    private final JdbcClient jdbc;
    private final WeekGeneration generation;
    private final WeekPlanning planning;
    private final PlanPublisher publisher;
    private final Clock clock;
    private final StaffDirectory staff;
    private final boolean wanted;

    DemoScheduleLoader(JdbcClient jdbc, WeekGeneration generation, WeekPlanning planning, PlanPublisher publisher,
            Clock clock, StaffDirectory staff, DemoProperties properties, @Value("${spring.datasource.url:}") String databaseUrl,
            @Value("${stepwise.demo.plan-weeks:true}") boolean planWeeks) {
        this.jdbc = jdbc;
        this.generation = generation;
        this.planning = planning;
        this.publisher = publisher;
        this.clock = clock;
        this.staff = staff;
        this.wanted = planWeeks && DemoClinicLoader.wanted(properties, databaseUrl.isBlank());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted || !isDemoClinic()) {
            return;
        }
        IsoWeek thisWeek = IsoWeek.containing(LocalDate.now(clock.withZone(ClinicSpec.DEFAULT_ZONE)));
        SecurityContextHolder.getContext().setAuthentication(asDirector());
        try {
            for (IsoWeek week : new IsoWeek[] {thisWeek, thisWeek.next()}) {
                try {
                    generation.generate(week, null);
                    if (!planned(week)) {
                        plan(week);
                    }
                } catch (RuntimeException e) {
                    log.info("The demo clinic's week {} is not planned: {}", week, e.getMessage());
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The demo's program director plans the weeks, and the audit log says so. */
    private UsernamePasswordAuthenticationToken asDirector() {
        StaffMember director = staff.byUsername("director").orElseThrow();
        StepwiseUser user = new StepwiseUser(director.id(), director.username(), director.displayName(),
                Role.PROGRAM_DIRECTOR);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    private void plan(IsoWeek week) {
        UUID id = planning.start(week, null, "director", PLANNING_TIME);
        planning.await(id);
        RunView run = planning.view(id);
        if (run.status() == RunStatus.FINISHED && run.feasible()) {
            PlanPublisher.Published published = publisher.accept(id, run.version(), "director");
            log.info("Demo week {} planned: {} of {} clients within target; {} group seats, {} appointments", week,
                    run.withinTarget(), run.clients(), published.seats(), published.appointments());
        }
    }

    /** The demo accounts exist (this is the demo clinic, not a real one). */
    private boolean isDemoClinic() {
        return jdbc.sql("SELECT count(*) FROM staff WHERE username IN ('director', 'frontdesk')").query(Long.class)
                .single() == 2;
    }

    private boolean planned(IsoWeek week) {
        return jdbc.sql("SELECT count(*) FROM schedule_run WHERE week_start = ? AND status IN ('ACCEPTED', 'RUNNING')")
                .param(week.monday()).query(Long.class).single() > 0;
    }
}
