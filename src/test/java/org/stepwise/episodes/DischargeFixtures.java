package org.stepwise.episodes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.TestClients;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Issue 7: clients of the test's own, admitted into a track of the test's own with a staff member on the care team, and
 * discharged through {@link Discharges} as that staff member (when they may discharge) or the demo director.
 */
public record DischargeFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions,
        Discharges discharges) {

    public record Admitted(ClientId client, EpisodeId episode, TrackId track) {}

    /** A track of its own with this many places, in the demo clinic's first program (by name). */
    public TrackId newTrack(int capacity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO track (id, program_id, name, period, capacity)
                SELECT ?, id, ?, 'DAY', ? FROM program ORDER BY name LIMIT 1""")
                .params(id, "Discharge track " + id.toString().substring(0, 8), capacity).update();
        return new TrackId(id);
    }

    /** A new client admitted (or waitlisted, when the track is full) {@code daysAgo} days ago, with {@code team} on the care team. */
    public Admitted admit(TrackId track, String family, int daysAgo, StaffMember... team) {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        return admit(track, client, daysAgo, team);
    }

    /** An existing client admitted (a readmission, say) {@code daysAgo} days ago. */
    public Admitted admit(TrackId track, ClientId client, int daysAgo, StaffMember... team) {
        for (StaffMember member : team) {
            jdbc.sql("""
                    INSERT INTO care_team_member (client_id, staff_id, role_on_team, added_at) VALUES (?, ?, ?, now())
                    ON CONFLICT DO NOTHING""")
                    .params(client.value(), member.id().value(), member.role().label()).update();
        }
        AdmissionDraft draft = new AdmissionDraft(null, track, LocalDate.now(clock).minusDays(daysAgo), 90,
                new BigDecimal("9"), null, "F33.1", List.of(), null, null, null, null, null, null, null, null,
                List.of(), null);
        EpisodeId episode = SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
        return new Admitted(client, episode, track);
    }

    /** Discharges the episode as the demo program director (who may discharge any client). */
    public EpisodeView discharge(EpisodeId episode, DischargeType type, LocalDate on,
            @Nullable String level, @Nullable String destination) {
        int version = jdbc.sql("SELECT version FROM episode WHERE id = ?").param(episode.value()).query(Integer.class)
                .single();
        return SignedIn.as(staff, Role.PROGRAM_DIRECTOR, () -> discharges.discharge(episode,
                new DischargeRequest(type, on, "Discharged in a test: " + type.label() + ".", level, destination,
                        version)));
    }

    /** A discharge that names what each type needs, on {@code on}. */
    public EpisodeView discharge(EpisodeId episode, DischargeType type, LocalDate on) {
        return switch (type) {
            case STEPPED_DOWN -> discharge(episode, type, on, "1", null);
            case STEPPED_UP -> discharge(episode, type, on, "2.5", null);
            case TRANSFERRED -> discharge(episode, type, on, "2.1", "Riverside Counseling IOP");
            case COMPLETED -> discharge(episode, type, on, "1", null);
            case LEFT_AGAINST_ADVICE, ADMINISTRATIVE -> discharge(episode, type, on, null, null);
        };
    }
}
