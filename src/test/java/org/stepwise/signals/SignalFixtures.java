package org.stepwise.signals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * A client of the test's own, admitted {@code daysAgo} days ago into a track of its own with a clinician on the care
 * team; and waiting for the signal listeners (they run after commit, on another thread).
 */
public record SignalFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions) {

    public record Admitted(ClientId client, EpisodeId episode, StaffMember clinician) {}

    public Admitted admitted(String family, int daysAgo, StaffMember clinician) {
        UUID trackId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO track (id, program_id, name, period, capacity)
                SELECT ?, id, ?, 'DAY', 20 FROM program ORDER BY name LIMIT 1""")
                .params(trackId, "Signals track " + trackId.toString().substring(0, 8)).update();
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        jdbc.sql("INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, "
                + "'Primary clinician', now())").params(client.value(), clinician.id().value()).update();
        AdmissionDraft draft = new AdmissionDraft(null, new TrackId(trackId), LocalDate.now(clock).minusDays(daysAgo),
                90, new BigDecimal("9"), null, "F33.1", List.of(), null, null, null, null, null, null, null, null,
                List.of(), null);
        EpisodeId episode = SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
        return new Admitted(client, episode, clinician);
    }

    /** PHQ-9 answers (item 9 always 0: no safety alert) adding up to {@code total} (0 to 24). */
    public static List<Integer> phq9(int total) {
        Integer[] answers = new Integer[9];
        int left = total;
        for (int i = 0; i < 8; i++) {
            answers[i] = Math.min(3, left);
            left -= answers[i];
        }
        answers[8] = 0;
        return List.of(answers);
    }

    /** Waits (up to 20 s) until {@code probe} finds something: the listeners run asynchronously after commit. */
    public static <T> T eventually(Supplier<Optional<T>> probe) {
        long until = System.nanoTime() + ChronoUnit.SECONDS.getDuration().multipliedBy(20).toNanos();
        while (System.nanoTime() < until) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Nothing turned up within 20 seconds");
    }
}
