package org.stepwise.scheduling;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.scheduling.internal.AvailabilityStore;
import org.stepwise.scheduling.internal.Facilitators;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;

/**
 * Each client's availability for their current episode: when they can come, the hours work or school block, how
 * often they need individual, family and medication-management sessions, and whom they prefer to see.
 */
@Service
public class Availabilities {

    private final AvailabilityStore store;
    private final EpisodeRecords episodes;
    private final Facilitators facilitators;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Availabilities(AvailabilityStore store, EpisodeRecords episodes, Facilitators facilitators, CurrentUser currentUser,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.episodes = episodes;
        this.facilitators = facilitators;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The episode's availability, for other modules' decisions (booking checks, the optimizer, attendance): no
     * chart-access check and no audit row, so the caller audits what it shows. Empty when none is recorded: then
     * the client can come any time.
     */
    @Transactional(readOnly = true)
    public Optional<Availability> of(EpisodeId episode) {
        return store.find(episode);
    }

    /**
     * The episode's availability as a person sees it: after the chart-access check, with a VIEW audit row.
     *
     * @throws NotFoundException when there is no such episode
     */
    @Transactional
    public Optional<Availability> view(EpisodeId id) {
        EpisodeView episode = episodes.episode(id);
        Optional<Availability> availability = store.find(id);
        audit.record(AuditAction.VIEW, episode.client(), "availability",
                availability.isPresent() ? "episode " + id : "none recorded");
        return availability;
    }

    /**
     * Records the availability of a current (waitlisted or admitted) episode. Sending what is already saved changes
     * nothing.
     *
     * @param version the version the user read; null for the first record of the episode
     * @throws InvalidRequestException naming each field to fix, or when the episode is not current
     * @throws ConflictException when someone else saved first (or a first record exists already)
     */
    @Transactional
    public Availability save(EpisodeId id, @Nullable Integer version, AvailabilityDetails details) {
        EpisodeView episode = episodes.episode(id);
        if (!episode.status().isCurrent()) {
            throw new InvalidRequestException("This episode is " + episode.status().name().toLowerCase(java.util.Locale.ROOT)
                    + "; availability is kept for a current (waitlisted or admitted) episode.");
        }
        Map<String, String> problems = new LinkedHashMap<>(details.problems());
        for (StaffId staff : details.preferredStaff()) {
            facilitators.problem(staff.value()).ifPresent(p -> problems.putIfAbsent("preferredStaff", p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", problems.values()), problems);
        }
        Optional<Availability> saved = store.find(id);
        if (saved.isPresent() && AvailabilityDetails.of(saved.get()).equals(details)) {
            return saved.get();
        }
        String by = currentUser.get().map(StepwiseUser::username).orElse("system");
        if (version == null) {
            if (saved.isPresent()) {
                throw new ConflictException("Availability was already recorded for this episode (by "
                        + saved.get().updatedBy() + "). Open it again to see it, then reapply your change.");
            }
            try {
                store.insert(id, episode.client(), details, clock.instant(), by);
            } catch (DuplicateKeyException e) {
                throw new ConflictException("Someone else recorded this client's availability at the same moment. "
                        + "Open it again to see theirs, then reapply your change.");
            }
        } else if (saved.isEmpty() || !store.update(id, version, details, clock.instant(), by)) {
            throw new ConflictException("Someone else changed this client's availability after you opened it. Open it "
                    + "again to see their change, then reapply yours.");
        }
        audit.record(AuditAction.UPDATE, episode.client(), "availability", "episode " + id + ": "
                + details.weekdays().size() + " day(s), " + details.dayPart() + ", " + details.blocked().size()
                + " blocked time(s)");
        return store.find(id).orElseThrow();
    }
}
