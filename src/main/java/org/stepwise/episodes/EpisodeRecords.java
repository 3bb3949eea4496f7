package org.stepwise.episodes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.episodes.internal.AdmissionTerms;
import org.stepwise.episodes.internal.DischargeStore;
import org.stepwise.episodes.internal.Episode;
import org.stepwise.episodes.internal.EpisodeStore;
import org.stepwise.episodes.internal.LengthChangeStore;
import org.stepwise.episodes.internal.Recertification;
import org.stepwise.episodes.internal.WaitlistStore;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.Organisation;

/**
 * Reads episodes of care for people: each read checks the care-team rule ({@link ChartAccess}) and records a VIEW audit
 * row in the same transaction. Other modules that only need to know an episode exists use {@link #current} (not
 * audited: the caller audits what it shows).
 */
@Service
public class EpisodeRecords {

    private final EpisodeStore episodes;
    private final WaitlistStore waitlists;
    private final Organisation organisation;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final Clock clock;
    private final LengthChangeStore lengths;
    private final DischargeStore discharges;

    EpisodeRecords(EpisodeStore episodes, WaitlistStore waitlists, Organisation organisation, ChartAccess chartAccess,
            AuditLog audit, Clock clock, LengthChangeStore lengths, DischargeStore discharges) {
        this.lengths = lengths;
        this.discharges = discharges;
        this.episodes = episodes;
        this.waitlists = waitlists;
        this.organisation = organisation;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One episode, after the chart-access check.
     *
     * @throws NotFoundException when there is no such episode
     */
    @Transactional
    public EpisodeView episode(EpisodeId id) {
        Episode episode = episodes.find(id).orElseThrow(() -> new NotFoundException("There is no such episode of care."));
        chartAccess.require(episode.client());
        audit.record(AuditAction.VIEW, episode.client(), "episode", "episode " + id);
        return view(episode);
    }

    /**
     * The client's episodes, the most recent admission first, after the chart-access check.
     *
     * @throws NotFoundException when there is no such client
     */
    @Transactional
    public List<EpisodeView> ofClient(ClientId client) {
        chartAccess.require(client);
        List<EpisodeView> views = episodes.forClient(client).stream().map(this::view).toList();
        audit.record(AuditAction.VIEW, client, "episode", views.size() + " episode(s)");
        return views;
    }

    /** The client's waitlisted or admitted episode, if any: for other modules' decisions. Not audited. */
    @Transactional(readOnly = true)
    public Optional<EpisodeId> current(ClientId client) {
        return episodes.forClient(client).stream().filter(e -> e.status().isCurrent()).map(Episode::id).findFirst();
    }

    /**
     * Issue 7: the most recent ended episode of each of these clients, to recognise a former client referred again.
     * Not audited: the caller shows it with the referral or admission it audits.
     */
    @Transactional(readOnly = true)
    public Map<ClientId, FormerEpisode> lastDischarges(Collection<ClientId> clients) {
        return discharges.latestOf(clients);
    }

    /** An episode's track, weekly hours and dates, for other modules' decisions (attendance). Not audited. */
    @Transactional(readOnly = true)
    public Optional<EpisodeFacts> facts(EpisodeId id) {
        return episodes.find(id).map(e -> factsOf(List.of(e)).getFirst());
    }

    /** The facts of several episodes in one read (unknown ids are left out). Not audited. */
    @Transactional(readOnly = true)
    public Map<EpisodeId, EpisodeFacts> facts(Collection<EpisodeId> ids) {
        return factsOf(episodes.find(ids)).stream().collect(Collectors.toMap(EpisodeFacts::id, f -> f));
    }

    /** The client's episodes as {@link EpisodeFacts}, the most recent admission first. Not audited. */
    @Transactional(readOnly = true)
    public List<EpisodeFacts> factsOf(ClientId client) {
        return factsOf(episodes.forClient(client));
    }

    /** The facts of these episodes in their order, with one read of the discharges among them. */
    private List<EpisodeFacts> factsOf(List<Episode> found) {
        Map<EpisodeId, EpisodeView.Discharge> ended = discharges.find(found.stream()
                .filter(e -> e.status() == EpisodeStatus.DISCHARGED).map(Episode::id).toList());
        return found.stream().map(e -> facts(e, Optional.ofNullable(ended.get(e.id()))
                .map(EpisodeView.Discharge::dischargedOn).orElse(null))).toList();
    }

    /**
     * Issue 6: one episode with its terms (payer, authorization, certification), for rules that run as the system (the
     * level-of-care signals). No chart check, not audited: the caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public Optional<EpisodeView> forRules(EpisodeId id) {
        return episodes.find(id).map(this::view);
    }

    private static EpisodeFacts facts(Episode e, @org.jspecify.annotations.Nullable LocalDate dischargedOn) {
        return new EpisodeFacts(e.id(), e.client(), e.track(), e.status(), e.terms().weeklyHours(),
                e.terms().admittedOn(), e.terms().plannedEnd(), e.terms().diagnoses(), dischargedOn);
    }

    private EpisodeView view(Episode episode) {
        LocalDate today = LocalDate.now(clock);
        AdmissionTerms t = episode.terms();
        AdmissionTerms.Payer p = t.payer();
        AdmissionTerms.Certification c = t.certification();
        EpisodeView.Certification certification = null;
        if (c != null) {
            Recertification due = Recertification.of(c.certifiedOn(), today);
            certification = new EpisodeView.Certification(c.certifiedOn(), c.physician(), due.dueOn(), due.daysLeft(),
                    due.describe());
        }
        EpisodeView.Waiting waiting = episode.status() != EpisodeStatus.WAITLISTED ? null
                : waitlists.forEpisode(episode.id()).filter(e -> e.position() != null)
                        .map(e -> new EpisodeView.Waiting(e.id(), java.util.Objects.requireNonNull(e.position()),
                                e.requestedOn(), e.expectedStart()))
                        .orElse(null);
        return new EpisodeView(episode.id(), episode.client(), episode.program(),
                organisation.program(episode.program()).name(), episode.track(),
                organisation.track(episode.track()).name(), episode.status(), episode.referral(), t.admittedOn(),
                t.plannedLengthDays(), t.plannedEnd(), ChronoUnit.DAYS.between(today, t.plannedEnd()), t.weeklyHours(),
                t.levelOfCare().code(), t.diagnoses(),
                p == null ? null : new EpisodeView.Payer(p.name(), p.memberId(), p.authorizationNumber(),
                        p.authorizedUnits(), p.authorizationStart(), p.authorizationEnd()),
                certification, waiting,
                episodes.history(episode.id()).stream()
                        .map(h -> new EpisodeView.Change(h.from(), h.to(), h.by(), h.at(), h.reason())).toList(),
                episode.version(),
                lengths.history(episode.id()),
                episode.status() == EpisodeStatus.DISCHARGED ? discharges.find(episode.id()).orElse(null) : null,
                episode.previous());
    }
}
