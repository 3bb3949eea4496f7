package org.stepwise.signals.internal;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.attendance.SessionAttended;
import org.stepwise.careplan.PlanReviewed;
import org.stepwise.careplan.PlanSigned;
import org.stepwise.episodes.ClientAdmitted;
import org.stepwise.episodes.ClientDischarged;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.measures.MeasureScored;
import org.stepwise.safety.DrugScreenResulted;
import org.stepwise.safety.RecoveryEnvironmentAssessed;
import org.stepwise.safety.SafetyAlertRaised;
import org.stepwise.safety.SafetyAlertResolved;
import org.stepwise.shared.ClientId;

/**
 * Signals are computed as data arrives: after each event that changes a client's facts, that client's signals are
 * evaluated again, after the event's transaction committed, in a transaction of its own, from the event publication
 * registry (a crash loses nothing). Facts announced by the safety module are kept first (see {@link AnnouncedFacts}).
 */
@Component
class SignalListeners {

    private final SignalEvaluation evaluation;
    private final AnnouncedFacts announced;
    private final Clock clock;

    SignalListeners(SignalEvaluation evaluation, AnnouncedFacts announced, Clock clock) {
        this.evaluation = evaluation;
        this.announced = announced;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeasureScored e) {
        evaluation.evaluate(e.client());
    }

    @ApplicationModuleListener
    void on(SessionAttended e) {
        evaluation.evaluate(e.client());
    }

    @ApplicationModuleListener
    void on(DrugScreenResulted e) {
        announced.screenResulted(e);
        evaluation.evaluate(e.client());
    }

    @ApplicationModuleListener
    void on(RecoveryEnvironmentAssessed e) {
        announced.homeAssessed(e, clock.instant());
        evaluation.evaluate(e.client());
    }

    @ApplicationModuleListener
    void on(SafetyAlertRaised e) {
        announced.alertRaised(e);
        evaluation.evaluate(e.client());
    }

    @ApplicationModuleListener
    void on(SafetyAlertResolved e) {
        announced.alertResolved(e);
        evaluation.evaluate(e.client());
    }

    @ApplicationModuleListener
    void on(PlanSigned e) {
        evaluation.evaluate(e.client());
    }

    @ApplicationModuleListener
    void on(PlanReviewed e) {
        evaluation.evaluate(e.client());
    }

    @ApplicationModuleListener
    void on(ClientAdmitted e) {
        evaluation.evaluate(new ClientId(e.clientId()));
    }

    /** Issue 7: a discharged client's open signals are closed with a note, and none are raised for them again. */
    @ApplicationModuleListener
    void on(ClientDischarged e) {
        evaluation.closeAtDischarge(new ClientId(e.clientId()), new EpisodeId(e.episodeId()));
    }
}
