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
        MeasureAdministration administration = new MeasureAdministration(MeasureAdministrationId.random(), client,
                score.instrument(), score.version(), day, currentUser.require().staffId(), score.answers(),
                score.sex() == null ? null : score.sex().code(), score.recentBehavior(), score.total(), score.band(),
                score.positive(), score.flags(), score.extra(), now);
        administrations.add(administration);
        audit.record(AuditAction.CREATE, client, "measure " + score.instrument(), score.band());
        events.publishEvent(new MeasureScored(administration.id(), client, score.instrument(), score.total(),
                score.band(), score.flags(), day));
        return administration;
    }
}
