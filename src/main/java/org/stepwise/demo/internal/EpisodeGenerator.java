package org.stepwise.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic.CareTeamMember;
import org.stepwise.demo.SyntheticClinic.Client;
import org.stepwise.demo.SyntheticClinic.Episode;
import org.stepwise.demo.SyntheticClinic.Program;
import org.stepwise.demo.SyntheticClinic.ProgramKind;
import org.stepwise.demo.SyntheticClinic.Track;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;

/**
 * Current episodes: every client with a care team is admitted (level 2.1) to a day or evening track of a program at
 * their home site, while the track has room; the admission falls in the last weeks before "today" and the planned end
 * after it, so that the demo's schedule has clients to book. Clients without a care team (new referrals) and those
 * who find every track at their site full have no episode.
 */
final class EpisodeGenerator {

    private static final Map<ProgramKind, List<String>> DIAGNOSES = Map.of(
            ProgramKind.MENTAL_HEALTH, List.of("F33.1", "F32.1", "F41.1", "F43.10", "F31.81"),
            ProgramKind.SUBSTANCE_USE, List.of("F10.20", "F11.20", "F14.20", "F12.20", "F15.20"),
            ProgramKind.CO_OCCURRING, List.of("F10.20", "F11.20", "F33.1", "F41.1", "F43.10"));
    private static final List<String> PAYERS = List.of("Medicare", "Medicaid", "Blue Cross", "Aetna", "United Health");

    private EpisodeGenerator() {}

    static List<Episode> generate(ClinicSpec spec, List<Client> active, List<Program> programs, List<Track> tracks,
            List<CareTeamMember> careTeams, BusinessHours hours, Dice dice) {
        Set<ClientId> withTeam = new HashSet<>();
        careTeams.forEach(m -> withTeam.add(m.client()));
        Map<TrackId, Integer> seatsLeft = new HashMap<>();
        tracks.forEach(t -> seatsLeft.put(t.id(), t.capacity()));
        List<Episode> episodes = new ArrayList<>();
        for (Client client : active) {
            if (!withTeam.contains(client.id())) {
                continue;
            }
            List<Track> open = tracks.stream()
                    .filter(t -> programOf(t, programs).site().equals(client.homeSite()) && seatsLeft.get(t.id()) > 0)
                    .toList();
            if (open.isEmpty()) {
                continue;
            }
            Track track = dice.pick(open);
            seatsLeft.merge(track.id(), -1, Integer::sum);
            Program program = programOf(track, programs);
            int length = program.defaultLengthDays();
            LocalDate earliest = spec.asOf().minusDays(Math.min(length - 7, 49));
            LocalDate admitted = earliest.plusDays(dice.between(0, (int) (spec.asOf().toEpochDay() - earliest.toEpochDay()) - 1));
            if (!admitted.isAfter(hours.dayOf(client.createdAt()))) {
                admitted = hours.dayOf(client.createdAt()).plusDays(1);
            }
            List<String> diagnoses = new ArrayList<>(List.of(dice.pick(DIAGNOSES.get(program.kind()))));
            if (dice.chance(0.4)) {
                String second = dice.pick(DIAGNOSES.get(program.kind()));
                if (!diagnoses.contains(second)) {
                    diagnoses.add(second);
                }
            }
            Instant created = hours.between(admitted.minusDays(1), admitted, dice);
            episodes.add(new Episode(dice.uuid(), client.id(), program.id(), track.id(), admitted, length,
                    program.defaultWeeklyHours(), diagnoses, dice.pick(PAYERS), created, client.createdBy()));
        }
        return episodes;
    }

    static Program programOf(Track track, List<Program> programs) {
        return programs.stream().filter(p -> p.id().equals(track.program())).findFirst().orElseThrow();
    }
}
