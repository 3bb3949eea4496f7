package org.stepwise.safety.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.measures.MeasureAdministration;
import org.stepwise.measures.MeasureHistory;
import org.stepwise.measures.MeasureScored;
import org.stepwise.safety.SafetyAlert;

/**
 * Opens a safety alert when a scored administration carries a safety flag ({@link SafetyRule}). Runs after the
 * administration is committed, in a transaction of its own; the event stays in the publication registry until this
 * completes, so a crash loses no alert, and a redelivered event opens nothing new (one alert per administration,
 * enforced by a unique index).
 */
@Component
class RaiseSafetyAlerts {

    private static final Logger log = LoggerFactory.getLogger(RaiseSafetyAlerts.class);
    private static final Map<String, String> NAMES = Map.of("phq9", "PHQ-9", "cssrs", "C-SSRS screener");

    private final AlertStore store;
    private final MeasureHistory measures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RaiseSafetyAlerts(AlertStore store, MeasureHistory measures, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.measures = measures;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MeasureScored scored) {
        String name = NAMES.getOrDefault(scored.instrument(), scored.instrument().toUpperCase(java.util.Locale.ROOT));
        SafetyRule.assess(name, scored.flags(), item9(scored), scored.administeredOn()).ifPresent(finding -> {
            SafetyAlert alert = SafetyAlert.open(scored.client(), scored.administration(), scored.instrument(),
                    scored.administeredOn(), finding.severity(), finding.reason(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            if (store.insertIfNew(alert)) {
                audit.recordAs("system", "", AuditAction.CREATE, scored.client(), "safety alert",
                        finding.severity().code() + ": " + finding.reason());
                events.publishEvent(alert.raised());
                log.info("Safety alert {} opened for client {} ({})", alert.id(), scored.client(),
                        finding.severity().code());
            }
        });
    }

    /** The PHQ-9 item 9 answer, to say how often it applied; null when not a PHQ-9 or not found. */
    private @Nullable Integer item9(MeasureScored scored) {
        if (!scored.flags().contains(SafetyRule.ITEM9)) {
            return null;
        }
        return measures.find(scored.administration())
                .filter(a -> a.client().equals(scored.client()))
                .map(MeasureAdministration::answers)
                .filter(answers -> answers.size() >= 9)
                .map(answers -> answers.get(8))
                .orElse(null);
    }
}
