package org.stepwise.measures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.measures.internal.Administrations;
import org.stepwise.measures.internal.InstrumentCatalogue;
import org.stepwise.measures.scoring.Score;
import org.stepwise.measures.scoring.ScoreRequest;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Records an administration: scores the answers, stores them with the result, writes the audit row and publishes
 * {@link MeasureScored}, all in one transaction, so that nothing is stored unaudited and no event speaks of a row that
 * was rolled back.
 */
@Service
public class MeasureRecording {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final InstrumentCatalogue catalogue;
    private final Administrations administrations;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeasureRecording(InstrumentCatalogue catalogue, Administrations administrations, AuditLog audit,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.catalogue = catalogue;
        this.administrations = administrations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Scores and stores one administration by the signed-in staff member.
     *
     * @param answers one value per item in order, as the published form prints it
     * @param administeredOn the day it was administered; null means today; never in the future
     * @throws NotFoundException for an unknown client or instrument
     * @throws InvalidRequestException for answers or options that cannot be scored, or a date in the future
     */
    @Transactional
    public MeasureAdministration record(ClientId client, String instrumentCode, List<?> answers, MeasureOptions options,
            @Nullable LocalDate administeredOn) {
        return record(null, client, instrumentCode, answers, options, administeredOn);
    }

    /**
     * As {@link #record(ClientId, String, List, MeasureOptions, LocalDate)}, with an id the caller chose (a form's
     * submission id): sending the same id again returns the stored administration and records, audits and publishes
     * nothing, so a double click or a retried request stores one administration.
     *
     * @param id the administration's id; a new one when null
     * @throws ConflictException when the id is already used for another client's administration
     */
    @Transactional
    public MeasureAdministration record(@Nullable MeasureAdministrationId id, ClientId client, String instrumentCode,
            List<?> answers, MeasureOptions options, @Nullable LocalDate administeredOn) {
        if (id != null) {
            var stored = administrations.find(id);
            if (stored.isPresent()) {
                return sameClient(stored.get(), client);
            }
        }
        var instrument = catalogue.require(instrumentCode);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = administeredOn == null ? today : administeredOn;
        if (day.isAfter(today)) {
            throw InvalidRequestException.forField("administeredOn",
                    "administeredOn is " + day + ", which is in the future: give the day it was administered.");
        }
        if (day.isBefore(EARLIEST)) {
            throw InvalidRequestException.forField("administeredOn",
                    "administeredOn is " + day + ": give the day it was administered (yyyy-mm-dd).");
        }
        if (!administrations.clientExists(client)) {
            throw new NotFoundException("There is no client " + client + ".");
        }
        Score score = instrument.score(new ScoreRequest(answers, options.sex(), options.recentBehavior()));

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        MeasureAdministration administration = new MeasureAdministration(
                id == null ? MeasureAdministrationId.random() : id, client,
                score.instrument(), score.version(), day, currentUser.require().staffId(), score.answers(),
                score.sex() == null ? null : score.sex().code(), score.recentBehavior(), score.total(), score.band(),
                score.positive(), score.flags(), score.extra(), now);
        if (!administrations.addIfNew(administration)) { // the same submission, stored a moment ago by another request
            return sameClient(administrations.find(administration.id()).orElseThrow(), client);
        }
        audit.record(AuditAction.CREATE, client, "measure " + score.instrument(), score.band());
        events.publishEvent(new MeasureScored(administration.id(), client, score.instrument(), score.total(),
                score.band(), score.flags(), day));
        return administration;
    }

    private static MeasureAdministration sameClient(MeasureAdministration stored, ClientId client) {
        if (!stored.client().equals(client)) {
            throw new ConflictException("An administration with id " + stored.id() + " already exists for another "
                    + "client; send a new id.");
        }
        return stored;
    }
}
