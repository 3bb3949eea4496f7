package org.stepwise.episodes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.episodes.internal.DischargeRules;
import org.stepwise.episodes.internal.DischargeStore;
import org.stepwise.episodes.internal.Episode;
import org.stepwise.episodes.internal.EpisodeStore;
import org.stepwise.episodes.internal.WaitlistOffers;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Issue 7: ends an admitted episode with a type, a date and a reason. One transaction, which first locks the track's
 * row (as admission does): the episode moves to DISCHARGED, the discharge is recorded, {@link ClientDischarged} is
 * published (scheduling's listener closes the client's later bookings in this same transaction), and the place that
 * came free is offered to the first client waiting for it ({@link PlaceOffered}). The client's chart stays one chart:
 * a later readmission opens a new episode that names this one.
 */
@Service
public class Discharges {

    private final EpisodeStore episodes;
    private final DischargeStore discharges;
    private final WaitlistOffers offers;
    private final EpisodeRecords records;
    private final ChartAccess chartAccess;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Discharges(EpisodeStore episodes, DischargeStore discharges, WaitlistOffers offers, EpisodeRecords records,
            ChartAccess chartAccess, CurrentUser currentUser, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.episodes = episodes;
        this.discharges = discharges;
        this.offers = offers;
        this.records = records;
        this.chartAccess = chartAccess;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Discharges the episode. Sending the same discharge again after it was saved (a double click, a retried request)
     * changes nothing and returns the episode.
     *
     * @throws NotFoundException no such episode
     * @throws InvalidRequestException naming each field to fix, or the episode is not admitted; nothing is saved
     * @throws ConflictException someone else changed the episode since {@link DischargeRequest#version()}
     */
    @Transactional
    public EpisodeView discharge(EpisodeId id, DischargeRequest request) {
        Episode unlocked = episodes.find(id).orElseThrow(() -> new NotFoundException("There is no such episode of care."));
        chartAccess.require(unlocked.client());
        EpisodeStore.LockedTrack track = episodes.lockTrack(unlocked.track()).orElseThrow();
        Episode episode = episodes.find(id).orElseThrow();
        if (episode.status() == EpisodeStatus.DISCHARGED) {
            var done = discharges.find(id).orElseThrow();
            if (sameDischarge(done, request)) {
                return records.episode(id);
            }
            throw new ConflictException("This episode was already discharged (" + done.type().label().toLowerCase()
                    + " on " + done.dischargedOn() + " by " + done.by() + "); nothing was saved.");
        }
        if (episode.status() != EpisodeStatus.ADMITTED) {
            throw InvalidRequestException.forField("type", "Only an admitted client can be discharged; this episode is "
                    + episode.status().label().toLowerCase() + ".");
        }
        if (request.version() != null && request.version() != episode.version()) {
            throw new ConflictException("Someone else changed this episode after you opened it (version "
                    + episode.version() + "). Open it again; nothing was saved.");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = DischargeRules.problems(request, episode.terms().admittedOn(),
                episode.terms().levelOfCare().code(), today);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", problems.values()), problems);
        }
        DischargeRules.Checked checked = DischargeRules.checked(request);
        String by = currentUser.require().username();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        episode.discharge(by, now, checked.type().label() + " on " + checked.dischargedOn() + ": " + checked.reason());
        episodes.update(episode);
        discharges.insert(id, checked, by, now);
        audit.record(AuditAction.UPDATE, episode.client(), "episode", "discharged (" + checked.type().label()
                + ") on " + checked.dischargedOn());
        events.publishEvent(new ClientDischarged(id.value(), episode.client().value(), episode.program().value(),
                episode.track().value(), checked.type(), checked.dischargedOn(), checked.levelAtDischarge()));
        offers.offerFreePlaces(track, today.isAfter(checked.dischargedOn()) ? today
                : checked.dischargedOn().plusDays(1), now).forEach(events::publishEvent);
        return records.episode(id);
    }

    private static boolean sameDischarge(EpisodeView.Discharge done, DischargeRequest request) {
        return done.type() == request.type() && done.dischargedOn().equals(request.dischargedOn())
                && request.reason() != null && done.reason().equals(request.reason().strip());
    }
}
