package org.stepwise.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.shared.ConflictException;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.SignedIn;

/** Two people checking in at the same moment, released together by a latch, on a real PostgreSQL. */
@StepwiseTest
class CheckInConcurrencyTests {

    private static final int ROUNDS = 5;

    @Autowired
    CheckIns checkIns;

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

    @BeforeEach
    void setUp() {
        f = new AttendanceFixtures(jdbc, clock, staff, admissions, planning, bookings);
    }

    /** Runs both check-ins at once, each on its own thread signed in as {@code role}; their outcomes or failures. */
    private List<Object> atOnce(Role first, Callable<CheckInOutcome> a, Role second, Callable<CheckInOutcome> b)
            throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CheckInOutcome>> futures = new ArrayList<>();
            for (var task : List.of(java.util.Map.entry(first, a), java.util.Map.entry(second, b))) {
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(SignedIn.token(staff, task.getKey()));
                    try {
                        ready.countDown();
                        go.await();
                        return task.getValue().call();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            ready.await(10, TimeUnit.SECONDS);
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<CheckInOutcome> future : futures) {
                try {
                    results.add(future.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    results.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a check-in did not finish", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long records(SessionId session, EpisodeId episode) {
        return f.count("SELECT count(*) FROM attendance WHERE session_id = ? AND episode_id = ?", session.value(),
                episode.value());
    }

    @Test
    void theFrontDeskAndTheFacilitatorCheckingInTheSameClientAtOnceMakeOneRecord() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            SessionId session = f.groupToday(LocalTime.of(7, round * 10));
            EpisodeId episode = f.admit("Race" + round, 9);
            f.book(session, episode);
            CheckIn present = new CheckIn(episode, null, AttendanceStatus.PRESENT, null, null);

            List<Object> results = atOnce(Role.FRONT_DESK, () -> checkIns.record(session, present),
                    Role.CLINICIAN, () -> checkIns.record(session, present));

            assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(CheckInOutcome.class));
            assertThat(results).extracting(r -> ((CheckInOutcome) r).change())
                    .containsExactlyInAnyOrder(CheckInOutcome.Change.RECORDED, CheckInOutcome.Change.UNCHANGED);
            assertThat(records(session, episode)).isEqualTo(1);
            assertThat(f.count("SELECT count(*) FROM audit_event WHERE client_id = ? AND subject = 'attendance' "
                    + "AND action = 'CREATE'", f.clientOf(episode).value())).isEqualTo(1);
        }
    }

    @Test
    void twoDifferentCheckInsAtOnceMakeOneRecordAndTheSecondIsToldWhatTheFirstRecorded() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            SessionId session = f.groupToday(LocalTime.of(12, round * 10));
            EpisodeId episode = f.admit("Clash" + round, 9);
            f.book(session, episode);

            List<Object> results = atOnce(
                    Role.FRONT_DESK, () -> checkIns.record(session,
                            new CheckIn(episode, null, AttendanceStatus.PRESENT, null, null)),
                    Role.NURSE, () -> checkIns.record(session,
                            new CheckIn(episode, null, AttendanceStatus.LATE, 25, null)));

            assertThat(results).filteredOn(r -> r instanceof CheckInOutcome).hasSize(1);
            assertThat(results).filteredOn(r -> r instanceof AttendanceConflictException).singleElement()
                    .satisfies(e -> assertThat(((AttendanceConflictException) e).current().version()).isZero());
            assertThat(records(session, episode)).isEqualTo(1);
        }
    }

    @Test
    void twoWalkInsOfTheSameClientAtOnceMakeOneBookingAndOneRecord() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            SessionId session = f.groupToday(LocalTime.of(13, round * 10));
            EpisodeId episode = f.admit("WalkRace" + round, 9);
            CheckIn walkIn = new CheckIn(null, f.clientOf(episode), AttendanceStatus.PRESENT, null, null);

            List<Object> results = atOnce(Role.FRONT_DESK, () -> checkIns.record(session, walkIn),
                    Role.FRONT_DESK, () -> checkIns.record(session, walkIn));

            assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(CheckInOutcome.class));
            assertThat(records(session, episode)).isEqualTo(1);
            assertThat(f.count("SELECT count(*) FROM booking WHERE session_id = ? AND episode_id = ?", session.value(),
                    episode.value())).isEqualTo(1);
        }
    }

    @Test
    void twoWalkInsForTheLastSeatGiveOneSeatAndOneClearRefusal() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            SessionId session = f.group(f.today().atTime(14, round * 10), 3);
            f.book(session, f.admit("Seated" + round + "a", 9));
            f.book(session, f.admit("Seated" + round + "b", 9));
            EpisodeId one = f.admit("LastSeat" + round + "a", 9);
            EpisodeId two = f.admit("LastSeat" + round + "b", 9);

            List<Object> results = atOnce(
                    Role.FRONT_DESK, () -> checkIns.record(session, new CheckIn(one, null, AttendanceStatus.PRESENT, null, null)),
                    Role.CLINICIAN, () -> checkIns.record(session, new CheckIn(two, null, AttendanceStatus.PRESENT, null, null)));

            assertThat(results).filteredOn(r -> r instanceof CheckInOutcome).hasSize(1);
            assertThat(results).filteredOn(r -> r instanceof ConflictException).singleElement()
                    .satisfies(e -> assertThat(((Exception) e).getMessage()).contains("is full (3 of 3)"));
            assertThat(f.count("SELECT count(*) FROM booking WHERE session_id = ? AND status = 'BOOKED'",
                    session.value())).isEqualTo(3);
            assertThat(f.count("SELECT count(*) FROM attendance WHERE session_id = ?", session.value())).isEqualTo(1);
        }
    }
}
