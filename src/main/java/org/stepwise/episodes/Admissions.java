package org.stepwise.episodes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.CareTeamAssignment;
import org.stepwise.clients.ChartAccess;
import org.stepwise.episodes.internal.AdmissionTerms;
import org.stepwise.episodes.internal.Episode;
import org.stepwise.episodes.internal.EpisodeStore;
import org.stepwise.episodes.internal.WaitlistMath;
import org.stepwise.episodes.internal.WaitlistStore;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Program;
import org.stepwise.staff.StaffMember;

/**
 * Admission into a program's track, and the track waitlist. Each call is one transaction that first locks the track's
 * row, so two people admitting into the last free place are decided one after the other: one admission, one waitlist
 * entry. A client is admitted when the track has a free place and nobody is waiting for it; otherwise they join the end
 * of the waitlist. Every change is audited and announced ({@link ClientAdmitted}, {@link ClientWaitlisted}).
 */
@Service
public class Admissions {

    private static final int MAX_CARE_TEAM = 6;

    private final EpisodeStore episodes;
    private final WaitlistStore waitlists;
    private final Organisation organisation;
    private final CareTeamAssignment careTeams;
    private final ChartAccess chartAccess;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Admissions(EpisodeStore episodes, WaitlistStore waitlists, Organisation organisation, CareTeamAssignment careTeams,
            ChartAccess chartAccess, CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.episodes = episodes;
        this.waitlists = waitlists;
        this.organisation = organisation;
        this.careTeams = careTeams;
        this.chartAccess = chartAccess;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Staff who may be named on the care team at admission. */
    @Transactional(readOnly = true)
    public List<StaffMember> careTeamCandidates() {
        return careTeams.eligibleStaff();
    }

    /**
     * Admits the client into the draft's track, or puts them on its waitlist when the track is full. Sending the same
     * {@link AdmissionDraft#requestId()} again returns the first outcome and changes nothing.
     *
     * @throws NotFoundException when there is no such client
     * @throws InvalidRequestException naming every field that is wrong; nothing is stored
     * @throws ConflictException when the client already has a current episode
     */
    @Transactional
    public AdmissionOutcome admit(ClientId client, AdmissionDraft draft) {
        chartAccess.require(client);
        StepwiseUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();

        Optional<EpisodeStore.LockedTrack> locked = draft.track() == null ? Optional.empty()
                : episodes.lockTrack(draft.track());
        if (locked.isEmpty()) {
            errors.put("track", "Choose the track to admit the client into.");
        }
        AdmissionTerms terms = null;
        AdmissionTerms.ProgramDefaults defaults = locked.map(t -> defaults(organisation.program(t.program())))
                .orElse(new AdmissionTerms.ProgramDefaults(AdmissionTerms.ADULT_IOP_MIN_HOURS, 90));
        try {
            terms = AdmissionTerms.check(draft, defaults, today);
        } catch (InvalidRequestException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        List<@Nullable StaffId> team = careTeam(draft, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", errors.values()), errors);
        }
        EpisodeStore.LockedTrack track = locked.orElseThrow();

        EpisodeId id = new EpisodeId(draft.requestId() == null ? UUID.randomUUID() : draft.requestId());
        Optional<Episode> sent = episodes.find(id);
        if (sent.isPresent()) {
            if (!sent.get().client().equals(client)) {
                throw new ConflictException("An episode with id " + id + " already exists for another client; send a "
                        + "new request id.");
            }
            return outcome(sent.get(), List.of(), false);
        }
        List<Episode> history = episodes.forClient(client);
        history.stream().filter(e -> e.status().isCurrent()).findFirst().ifPresent(current -> {
            throw new ConflictException("This client is already " + current.status().label().toLowerCase() + " in "
                    + organisation.track(current.track()).name() + " (" + organisation.program(current.program()).name()
                    + "): one current episode at a time.");
        });

        AdmissionTerms checked = Objects.requireNonNull(terms);
        // Issue 7: a readmission names the client's most recent ended episode, so the chart reads as one history.
        Optional<EpisodeId> previous = history.stream()
                .filter(e -> e.status() == EpisodeStatus.DISCHARGED).map(Episode::id).findFirst();
        int admitted = episodes.countAdmitted(track.id());
        boolean queue = !waitlists.waiting(track.id()).isEmpty();
        Episode episode;
        try {
            if (admitted < track.capacity() && !queue) {
                episode = Episode.admit(id, client, track.program(), track.id(), draft.referralId(), checked,
                        user.username(), clock.instant(), "Admitted into " + track.name() + ".");
                previous.ifPresent(episode::follows);
                episodes.insert(episode, user.username(), clock.instant());
                audit.record(AuditAction.CREATE, client, "episode", "admitted into track " + track.name() + " from "
                        + checked.admittedOn());
                events.publishEvent(new ClientAdmitted(id.value(), client.value(), draft.referralId(),
                        checked.admittedOn()));
            } else {
                int position = waitlists.waiting(track.id()).size() + 1;
                episode = Episode.waitlist(id, client, track.program(), track.id(), draft.referralId(), checked,
                        user.username(), clock.instant(), "Track " + track.name() + " is full: waitlisted at position "
                                + position + ".");
                previous.ifPresent(episode::follows);
                episodes.insert(episode, user.username(), clock.instant());
                UUID entry = UUID.randomUUID();
                waitlists.append(entry, id, track.id(), client, checked.admittedOn(), clock.instant());
                refreshExpectedStarts(track);
                audit.record(AuditAction.CREATE, client, "episode", "waitlisted on track " + track.name()
                        + " at position " + position);
                events.publishEvent(new ClientWaitlisted(entry, client.value(), draft.referralId(), track.id().value()));
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("This client was admitted or waitlisted by someone else a moment ago: open "
                    + "the chart to see their episode.");
        }
        for (int i = 0; i < team.size(); i++) {
            StaffId member = team.get(i);
            if (member != null) {
                careTeams.assign(client, member, Objects.requireNonNull(draft.careTeam().get(i).roleOnTeam()).strip());
            }
        }
        return outcome(episode, checked.warnings(), true);
    }

    /**
     * Issue 7: admits a waiting client into the place that was offered to them, starting on the day it was offered
     * for; with no offer recorded, from today. See {@link #admitFromWaitlist(UUID, LocalDate, int)}.
     */
    @Transactional
    public AdmissionOutcome admitIntoOfferedPlace(UUID entryId, int version) {
        LocalDate offered = waitlists.find(entryId).map(WaitlistStore.Entry::offeredStart).orElse(null);
        return admitFromWaitlist(entryId, offered != null ? offered : LocalDate.now(clock), version);
    }

    /**
     * Offers a waiting client a place that has come free: their episode starts on {@code startsOn}.
     *
     * @throws NotFoundException when there is no such entry
     * @throws ConflictException when the entry has left the list or the track has no free place
     */
    @Transactional
    public AdmissionOutcome admitFromWaitlist(UUID entryId, LocalDate startsOn, int version) {
        WaitlistStore.Entry entry = waitlists.find(entryId)
                .orElseThrow(() -> new NotFoundException("There is no such waitlist entry."));
        EpisodeStore.LockedTrack track = episodes.lockTrack(entry.track()).orElseThrow();
        entry = waitlists.find(entryId).orElseThrow();
        chartAccess.require(entry.client());
        if (entry.position() == null && "ADMITTED".equals(entry.status())) {
            // Issue 7: the roster's "Admit" sent twice (a double click, a retry) answers with the admission made.
            Episode admitted = episodes.find(entry.episode()).orElseThrow();
            if (admitted.status() == EpisodeStatus.ADMITTED) {
                return outcome(admitted, List.of(), false);
            }
        }
        if (entry.position() == null) {
            throw new ConflictException("This client has already left the waitlist.");
        }
        UUID thisEntry = entry.id();
        long heldForOthers = waitlists.waiting(track.id()).stream()
                .filter(e -> e.offeredStart() != null && !e.id().equals(thisEntry)).count();
        if (episodes.countAdmitted(track.id()) + heldForOthers >= track.capacity()) {
            throw new ConflictException("Track " + track.name() + " has no free place yet"
                    + (heldForOthers > 0 ? ": the free places are offered to clients ahead on the waitlist." : "."));
        }
        Episode episode = episodes.find(entry.episode()).orElseThrow();
        checkVersion(episode, version);
        StepwiseUser user = currentUser.require();
        episode.admitFromWaitlist(startsOn, user.username(), clock.instant(),
                "A place came free: admitted from position " + entry.position() + " of the waitlist.");
        episodes.update(episode);
        waitlists.leave(entry, "ADMITTED", clock.instant());
        refreshExpectedStarts(track);
        audit.record(AuditAction.UPDATE, entry.client(), "episode", "admitted from the waitlist of track " + track.name());
        events.publishEvent(new ClientAdmitted(episode.id().value(), entry.client().value(), episode.referral(),
                startsOn));
        return outcome(episode, List.of(), true);
    }

    /**
     * Takes a waiting client off the list (they found care elsewhere, withdrew); everyone behind moves up one place.
     *
     * @throws NotFoundException when there is no such entry
     * @throws ConflictException when the entry has already left the list, or the episode changed since it was opened
     */
    @Transactional
    public void removeFromWaitlist(UUID entryId, String reason, int version) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500 || why.indexOf('<') >= 0 || why.indexOf('>') >= 0) {
            throw InvalidRequestException.forField("reason",
                    "Say why the client leaves the waitlist (1 to 500 characters, without < or >).");
        }
        WaitlistStore.Entry entry = waitlists.find(entryId)
                .orElseThrow(() -> new NotFoundException("There is no such waitlist entry."));
        EpisodeStore.LockedTrack track = episodes.lockTrack(entry.track()).orElseThrow();
        entry = waitlists.find(entryId).orElseThrow();
        chartAccess.require(entry.client());
        if (entry.position() == null) {
            throw new ConflictException("This client has already left the waitlist.");
        }
        Episode episode = episodes.find(entry.episode()).orElseThrow();
        checkVersion(episode, version);
        episode.cancel(currentUser.require().username(), clock.instant(), "Left the waitlist: " + why);
        episodes.update(episode);
        waitlists.leave(entry, "REMOVED", clock.instant());
        refreshExpectedStarts(track);
        audit.record(AuditAction.UPDATE, entry.client(), "episode", "removed from the waitlist of track " + track.name());
    }

    private static void checkVersion(Episode episode, int version) {
        if (episode.version() != version) {
            throw new ConflictException("Someone else changed this episode after you opened it. Open the roster again "
                    + "to see their change, then decide again.");
        }
    }

    private void refreshExpectedStarts(EpisodeStore.LockedTrack track) {
        List<LocalDate> ends = episodes.admittedPlannedEnds(track.id());
        LocalDate today = LocalDate.now(clock);
        for (WaitlistStore.Entry entry : waitlists.waiting(track.id())) {
            LocalDate notBefore = entry.requestedOn().isAfter(today) ? entry.requestedOn() : today;
            waitlists.setExpectedStart(entry.id(), WaitlistMath.expectedStart(ends, track.capacity(),
                    Objects.requireNonNull(entry.position()), notBefore).orElse(null));
        }
    }

    private AdmissionOutcome outcome(Episode episode, List<String> warnings, boolean isNew) {
        if (episode.status() == EpisodeStatus.WAITLISTED) {
            WaitlistStore.Entry entry = waitlists.forEpisode(episode.id()).orElseThrow();
            return new AdmissionOutcome(AdmissionOutcome.Outcome.WAITLISTED, episode.id(), entry.id(), entry.position(),
                    entry.expectedStart(), episode.terms().admittedOn(), warnings, isNew);
        }
        return new AdmissionOutcome(AdmissionOutcome.Outcome.ADMITTED, episode.id(), null, null, null,
                episode.terms().admittedOn(), warnings, isNew);
    }

    private static AdmissionTerms.ProgramDefaults defaults(Program program) {
        return new AdmissionTerms.ProgramDefaults(program.weeklyHours(), program.lengthOfStayDays());
    }

    /** The care team rows that name someone, checked against who may be on a care team. */
    private List<@Nullable StaffId> careTeam(AdmissionDraft draft, Map<String, String> errors) {
        List<@Nullable StaffId> team = new ArrayList<>();
        if (draft.careTeam().size() > MAX_CARE_TEAM) {
            errors.put("careTeam", "Name at most " + MAX_CARE_TEAM + " people at admission; add more from the chart.");
            return team;
        }
        Set<StaffId> eligible = new HashSet<>();
        careTeams.eligibleStaff().forEach(s -> eligible.add(s.id()));
        for (int i = 0; i < draft.careTeam().size(); i++) {
            AdmissionDraft.CareTeamPick pick = draft.careTeam().get(i);
            String role = pick.roleOnTeam() == null ? "" : pick.roleOnTeam().strip();
            String prefix = "careTeam[" + i + "].";
            if (pick.staff() == null) {
                if (!role.isEmpty()) {
                    errors.put(prefix + "staffId", "Choose who this role is for, or clear the role.");
                }
                team.add(null);
                continue;
            }
            if (!eligible.contains(pick.staff())) {
                errors.put(prefix + "staffId", "Choose an active clinician, prescriber, nurse, case manager or program "
                        + "director from the list.");
            } else if (team.contains(pick.staff())) {
                errors.put(prefix + "staffId", "This person is already named above.");
            }
            if (role.isEmpty()) {
                errors.put(prefix + "roleOnTeam", "Say what this person does for the client (for example primary "
                        + "clinician).");
            } else if (role.length() > 60 || role.indexOf('<') >= 0 || role.indexOf('>') >= 0) {
                errors.put(prefix + "roleOnTeam", "Use at most 60 characters, without < or >.");
            }
            team.add(pick.staff());
        }
        return team;
    }
}
