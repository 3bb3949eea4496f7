package org.stepwise.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** The last free place taken twice at once, and a waitlist that closes up when someone leaves it. */
@StepwiseTest
class WaitlistConcurrencyTests {

    @Autowired
    Admissions admissions;

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    EpisodeFixtures fixtures;

    @BeforeEach
    void signIn() {
        fixtures = new EpisodeFixtures(jdbc, clock);
        SecurityContextHolder.getContext().setAuthentication(SignedIn.token(staff, Role.INTAKE_COORDINATOR));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    AdmissionDraft draft(UUID track) {
        return new AdmissionDraft(null, new TrackId(track), LocalDate.now(clock), 30, null, null, "F41.1", List.of(),
                null, null, null, null, null, null, null, null, List.of(), null);
    }

    @Test
    void twoCoordinatorsTakingTheLastPlaceAtOnceGiveOneAdmissionAndOneWaitlistEntry() throws Exception {
        for (int round = 0; round < 5; round++) {
            UUID track = fixtures.newTrack(2);
            admissions.admit(new ClientId(fixtures.newClient("Already")), draft(track));
            List<UUID> clients = List.of(fixtures.newClient("Racer"), fixtures.newClient("Racer"));
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<AdmissionOutcome>> results = new ArrayList<>();
            try {
                for (UUID client : clients) {
                    results.add(pool.submit(() -> {
                        SecurityContextHolder.getContext()
                                .setAuthentication(SignedIn.token(staff, Role.INTAKE_COORDINATOR));
                        ready.countDown();
                        go.await();
                        return admissions.admit(new ClientId(client), draft(track));
                    }));
                }
                ready.await(10, TimeUnit.SECONDS);
                go.countDown();
                List<AdmissionOutcome.Outcome> outcomes = new ArrayList<>();
                for (Future<AdmissionOutcome> result : results) {
                    outcomes.add(result.get(30, TimeUnit.SECONDS).outcome());
                }
                assertThat(outcomes).containsExactlyInAnyOrder(AdmissionOutcome.Outcome.ADMITTED,
                        AdmissionOutcome.Outcome.WAITLISTED);
            } finally {
                pool.shutdownNow();
            }
            assertThat(fixtures.count("SELECT count(*) FROM episode WHERE track_id = ? AND status = 'ADMITTED'", track))
                    .isEqualTo(2);
            assertThat(fixtures.count("SELECT count(*) FROM waitlist_entry WHERE track_id = ? AND position = 1", track))
                    .isEqualTo(1);
        }
    }

    @Test
    void leavingTheWaitlistClosesTheGapAndAPlaceThatFreesGoesToTheNextInLine() {
        UUID track = fixtures.newTrack(1);
        AdmissionOutcome admitted = admissions.admit(new ClientId(fixtures.newClient("In")), draft(track));
        List<AdmissionOutcome> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiting.add(admissions.admit(new ClientId(fixtures.newClient("Waiting" + i)), draft(track)));
        }
        assertThat(waiting).extracting(AdmissionOutcome::position).containsExactly(1, 2, 3, 4);

        admissions.removeFromWaitlist(waiting.get(1).waitlistEntry(), "Found a program nearer home.", 0);
        assertThat(positions(track)).containsExactly(1, 2, 3);
        assertThat(jdbc.sql("SELECT episode_id FROM waitlist_entry WHERE track_id = ? AND status = 'WAITING' "
                        + "ORDER BY position").param(track).query(UUID.class).list())
                .containsExactly(waiting.get(0).episode().value(), waiting.get(2).episode().value(),
                        waiting.get(3).episode().value());
        assertThat(jdbc.sql("SELECT status FROM episode WHERE id = ?").param(waiting.get(1).episode().value())
                .query(String.class).single()).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> admissions.removeFromWaitlist(waiting.get(1).waitlistEntry(), "Again", 1))
                .isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> admissions.admitFromWaitlist(waiting.get(0).waitlistEntry(), LocalDate.now(clock), 0))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no free place");
        jdbc.sql("UPDATE episode SET status = 'DISCHARGED' WHERE id = ?").param(admitted.episode().value()).update();
        AdmissionOutcome next = admissions.admitFromWaitlist(waiting.get(0).waitlistEntry(), LocalDate.now(clock), 0);
        assertThat(next.outcome()).isEqualTo(AdmissionOutcome.Outcome.ADMITTED);
        assertThat(positions(track)).containsExactly(1, 2);
        assertThat(jdbc.sql("SELECT from_status || '>' || to_status FROM episode_status_change WHERE episode_id = ? "
                        + "AND from_status IS NOT NULL").param(next.episode().value()).query(String.class).list())
                .containsExactly("WAITLISTED>ADMITTED");
    }

    @Test
    void aStaleVersionIsRefusedAsAConflict() {
        UUID track = fixtures.newTrack(1);
        admissions.admit(new ClientId(fixtures.newClient("In")), draft(track));
        AdmissionOutcome waiting = admissions.admit(new ClientId(fixtures.newClient("Stale")), draft(track));
        assertThatThrownBy(() -> admissions.removeFromWaitlist(waiting.waitlistEntry(), "Withdrew.", 7))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Someone else");
        assertThat(positions(track)).containsExactly(1);
    }

    private List<Integer> positions(UUID track) {
        return jdbc.sql("SELECT position FROM waitlist_entry WHERE track_id = ? AND status = 'WAITING' ORDER BY position")
                .param(track).query(Integer.class).list();
    }
}
