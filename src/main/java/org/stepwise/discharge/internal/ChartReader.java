package org.stepwise.discharge.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.stepwise.attendance.AttendanceFacts;
import org.stepwise.careplan.PlanObjectives;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.measures.MeasureTrends;
import org.stepwise.safety.DrugScreens;
import org.stepwise.safety.Prescription;
import org.stepwise.safety.RecoveryPlanKind;
import org.stepwise.safety.RecoveryPlanSignature;
import org.stepwise.safety.RecoveryPlanVersion;
import org.stepwise.safety.RecoveryPlans;
import org.stepwise.safety.SafetyAlert;
import org.stepwise.safety.SafetyAlerts;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/**
 * Reads what a summary reports through the other modules' public APIs, as the signed-in user: the episode, its hours,
 * the scores, the plan's objectives, the safety alerts and plan, the prescriptions. The reads that show client data to
 * a person (trends, safety, drug screens) check chart access and audit themselves; the rest are audited by the summary.
 */
@Component
public class ChartReader {

    private final EpisodeRecords episodes;
    private final AttendanceFacts attendance;
    private final MeasureTrends trends;
    private final PlanObjectives objectives;
    private final SafetyAlerts alerts;
    private final RecoveryPlans plans;
    private final DrugScreens screens;

    ChartReader(EpisodeRecords episodes, AttendanceFacts attendance, MeasureTrends trends, PlanObjectives objectives,
            SafetyAlerts alerts, RecoveryPlans plans, DrugScreens screens) {
        this.episodes = episodes;
        this.attendance = attendance;
        this.trends = trends;
        this.objectives = objectives;
        this.alerts = alerts;
        this.plans = plans;
        this.screens = screens;
    }

    /**
     * The medications the chart lists for the client's current episode ("Buprenorphine/naloxone 8 mg daily"): read
     * before the discharge, since the prescriptions belong to the episode while it is admitted.
     */
    public List<String> medications(ClientId client) {
        return screens.view(client).prescribed().stream().map(Prescription::medication).distinct().toList();
    }

    /**
     * The facts of a discharged episode.
     *
     * @param medications the list read at discharge ({@link #medications}), kept when redrafting
     */
    public ChartFacts read(EpisodeView episode, List<String> medications) {
        EpisodeView.Discharge discharge = Objects.requireNonNull(episode.discharge());
        ClientId client = episode.client();
        List<SafetyAlert> shown = alerts.viewForClient(client);
        RecoveryPlanVersion signedPlan = plans.view(client, RecoveryPlanKind.SAFETY)
                .flatMap(plan -> plan.versions().stream().filter(v -> !v.isDraft())
                        .max(Comparator.comparingInt(RecoveryPlanVersion::number)))
                .orElse(null);
        LocalDate signedOn = signedPlan == null ? null : signedPlan.signatures().stream()
                .map(RecoveryPlanSignature::signedOn).max(Comparator.naturalOrder()).orElse(null);
        return new ChartFacts(episode, attendance.episodeHours(episode.id(), discharge.dischargedOn()),
                trends.viewAll(client), objectives.active(episode.id()),
                (int) shown.stream().filter(SafetyAlert::isOpen).count(), signedOn,
                signedPlan == null ? null : signedPlan.number(), medications);
    }

    /** The episode, unaudited (the summary's own audit row says what was shown). */
    public EpisodeView episode(org.stepwise.episodes.EpisodeId id) {
        return episodes.forRules(id).orElseThrow(() -> new NotFoundException("There is no such episode of care."));
    }
}
