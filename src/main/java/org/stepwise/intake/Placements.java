package org.stepwise.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.intake.internal.LevelOfCareTables;
import org.stepwise.intake.internal.PlacementStore;
import org.stepwise.intake.placement.LevelOfCareRule;
import org.stepwise.intake.placement.PlacementAssessment;
import org.stepwise.intake.placement.Ratings;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.NotFoundException;

/**
 * Level-of-care placement: what the ratings call for, and the placements clinicians record. Recording one computes the
 * indicated level with the framework's rule, stores it with the audit row and publishes {@link PlacementRecorded}, all
 * in one transaction.
 */
@Service
public class Placements {

    private final LevelOfCareTables rules;
    private final PlacementStore store;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Placements(LevelOfCareTables rules, PlacementStore store, AuditLog audit, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A stored placement and whether this call stored it (false: the same id was submitted before). */
    public record Recorded(Placement placement, boolean isNew) {}

    /**
     * What the ratings and candidacy answers call for. Computes and stores nothing.
     *
     * @throws org.stepwise.shared.InvalidRequestException for a missing, unknown or out-of-range rating
     */
    public Recommendation recommend(PlacementFramework framework, Map<String, @Nullable Integer> ratings,
            Candidacy candidacy) {
        LevelOfCareRule rule = rules.rule(framework);
        return rule.recommend(Ratings.of(rule.table(), ratings), candidacy);
    }

    /**
     * Records a placement for a client by the signed-in clinician. Submitting the same {@link NewPlacement#id()} again
     * returns the stored placement and changes nothing.
     *
     * @throws NotFoundException when there is no such client
     * @throws org.stepwise.shared.InvalidRequestException naming every problem with the placement
     * @throws ConflictException when the id is already used for another client's placement
     */
    @Transactional
    public Recorded record(ClientId client, NewPlacement placement) {
        requireClient(client);
        LevelOfCareRule rule = rules.rule(placement.framework());
        PlacementAssessment assessment = PlacementAssessment.of(rule, placement, LocalDate.now(clock));
        boolean stored = store.insert(client, assessment, rule.table().name(), currentUser.require().staffId(),
                clock.instant());
        Placement saved = store.find(assessment.id()).orElseThrow();
        if (!stored) {
            if (!saved.client().equals(client)) {
                throw new ConflictException("A placement with id " + assessment.id() + " already exists for another "
                        + "client; send a new id.");
            }
            return new Recorded(saved, false);
        }
        audit.record(AuditAction.CREATE, client, "placement", "indicated " + saved.indicatedLevel().code()
                + ", provided " + saved.providedLevel().code());
        events.publishEvent(new PlacementRecorded(saved.id(), client, saved.framework(), saved.indicatedLevel(),
                saved.providedLevel(), saved.assessedOn(), saved.reassessOn()));
        return new Recorded(saved, true);
    }

    /**
     * The client's placements, most recent assessment first, recorded in the audit log as a view by the signed-in
     * user.
     *
     * @throws NotFoundException when there is no such client
     */
    @Transactional
    public List<Placement> history(ClientId client) {
        requireClient(client);
        List<Placement> placements = store.forClient(client);
        audit.record(AuditAction.VIEW, client, "placement", placements.size() + " placement(s)");
        return placements;
    }

    /**
     * The client's most recent placement, for decisions other modules make (admission, step-up signals). Not audited:
     * the caller records the view it shows a person.
     */
    @Transactional(readOnly = true)
    public Optional<Placement> latest(ClientId client) {
        return store.latest(client);
    }

    private void requireClient(ClientId client) {
        if (!store.clientExists(client)) {
            throw new NotFoundException("There is no client with id " + client + ".");
        }
    }
}
