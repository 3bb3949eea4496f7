package org.stepwise.episodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.internal.Episode;
import org.stepwise.episodes.internal.EpisodeStore;
import org.stepwise.episodes.internal.WaitlistStore;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.SiteOverview;
import org.stepwise.staff.Track;

/** Tracks with their occupancy, and each track's roster and waitlist (a VIEW audit row per roster shown). */
@Service
public class TrackRosters {

    private final EpisodeStore episodes;
    private final WaitlistStore waitlists;
    private final Organisation organisation;
    private final ClientRegistry registry;
    private final AuditLog audit;

    TrackRosters(EpisodeStore episodes, WaitlistStore waitlists, Organisation organisation, ClientRegistry registry,
            AuditLog audit) {
        this.episodes = episodes;
        this.waitlists = waitlists;
        this.organisation = organisation;
        this.registry = registry;
        this.audit = audit;
    }

    /** Every track, by site and program, with its capacity, admitted and waiting counts. Names no client. */
    @Transactional(readOnly = true)
    public List<TrackRoster.TrackOccupancy> tracks() {
        Map<TrackId, EpisodeStore.Occupancy> counts = episodes.occupancy();
        List<TrackRoster.TrackOccupancy> tracks = new ArrayList<>();
        for (SiteOverview site : organisation.overview()) {
            for (SiteOverview.ProgramOverview program : site.programs()) {
                for (Track track : program.tracks()) {
                    EpisodeStore.Occupancy count = counts.getOrDefault(track.id(), new EpisodeStore.Occupancy(0, 0));
                    tracks.add(new TrackRoster.TrackOccupancy(track.id(), track.name(), track.period().label(),
                            program.program().name(), track.capacity(), count.admitted(), count.waiting(),
                            program.program().weeklyHours(), program.program().lengthOfStayDays()));
                }
            }
        }
        return tracks;
    }

    /**
     * The track's admitted clients (earliest planned end first) and its waitlist (first in line first).
     *
     * @throws org.stepwise.shared.NotFoundException when there is no such track
     */
    @Transactional
    public TrackRoster roster(TrackId id) {
        Track track = organisation.track(id);
        List<TrackRoster.Member> admitted = new ArrayList<>();
        for (Episode e : episodes.inTrack(id, EpisodeStatus.ADMITTED)) {
            ClientSummary client = summary(e.client());
            admitted.add(new TrackRoster.Member(e.id(), e.client(), client.displayName(), client.recordNumber(),
                    e.terms().admittedOn(), e.terms().plannedEnd(), e.terms().weeklyHours()));
        }
        List<TrackRoster.Waiting> waiting = new ArrayList<>();
        Map<EpisodeId, Integer> versions = new java.util.HashMap<>();
        episodes.inTrack(id, EpisodeStatus.WAITLISTED).forEach(e -> versions.put(e.id(), e.version()));
        for (WaitlistStore.Entry w : waitlists.waiting(id)) {
            ClientSummary client = summary(w.client());
            waiting.add(new TrackRoster.Waiting(w.id(), w.episode(), w.client(), client.displayName(),
                    client.recordNumber(), Objects.requireNonNull(w.position()), w.requestedOn(), w.expectedStart(),
                    versions.getOrDefault(w.episode(), 0), w.offeredStart()));
        }
        org.stepwise.staff.Program program = organisation.program(track.program());
        TrackRoster.TrackOccupancy occupancy = new TrackRoster.TrackOccupancy(track.id(), track.name(),
                track.period().label(), program.name(), track.capacity(), admitted.size(), waiting.size(),
                program.weeklyHours(), program.lengthOfStayDays());
        audit.record(AuditAction.VIEW, null, "track roster " + track.name(),
                admitted.size() + " admitted, " + waiting.size() + " waiting");
        return new TrackRoster(occupancy, admitted, waiting);
    }

    /** Issue 7: how many waiting clients were offered a place and wait to be admitted (the Today card). Names no one. */
    @Transactional(readOnly = true)
    public long countPlacesOffered() {
        return waitlists.countOffered();
    }

    /** Issue 7: the track a waitlist entry is (or was) on, to check a roster's form names its own entry. No client data. */
    @Transactional(readOnly = true)
    public java.util.Optional<TrackId> trackOfWaitlistEntry(java.util.UUID entry) {
        return waitlists.find(entry).map(WaitlistStore.Entry::track);
    }

    /**
     * Issue 7: the name of the client waiting on this entry of the track, for the notice after admitting them from the
     * roster; empty once the entry has left the list (or is another track's). Reads one client, not the whole roster.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> waitingClientName(TrackId track, java.util.UUID entry) {
        return waitlists.find(entry).filter(w -> w.track().equals(track) && w.position() != null)
                .map(w -> summary(w.client()).displayName());
    }

    private ClientSummary summary(ClientId id) {
        return registry.find(id).orElseGet(() -> new ClientSummary(id, "—", "(record deleted)", "(record deleted)",
                java.time.LocalDate.EPOCH, null));
    }
}
