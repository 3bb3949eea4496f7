package org.stepwise.signals.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.signals.LevelOfCareSignal;
import org.stepwise.signals.SignalStatus;
import org.stepwise.signals.rules.RaisedSignal;
import org.stepwise.signals.rules.SignalRules;

/**
 * Re-evaluates one client's signals against their facts and stores the difference: a signal that now holds opens (or
 * takes the new evidence if it is open already), one that no longer holds becomes RESOLVED, and one that was acted on
 * or dismissed opens again only when its evidence has changed (its fingerprint). Idempotent: evaluating twice with the
 * same facts changes nothing; evaluations of one client never run side by side (an advisory lock per client).
 */
@Component
public class SignalEvaluation {

    private static final Logger log = LoggerFactory.getLogger(SignalEvaluation.class);
    private static final String SYSTEM = "system";
    /** Issue 7: the note on signals closed because the client was discharged. */
    static final String AT_DISCHARGE = "closed at discharge";

    private final SignalStore store;
    private final FactsReader reader;
    private final SignalSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    SignalEvaluation(SignalStore store, FactsReader reader, SignalSettings settings, AuditLog audit, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void evaluate(ClientId client) {
        store.lockClient(client);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<LevelOfCareSignal> open = store.openForClient(client);
        Optional<FactsReader.Read> read = reader.read(client);
        if (read.isEmpty()) {
            open.forEach(s -> resolve(s, now));
            return;
        }
        var episode = read.get().episode();
        List<RaisedSignal> raised = SignalRules.evaluate(read.get().facts(), settings.thresholds());
        Map<String, LevelOfCareSignal> latest = store.latestByKey(episode);
        Set<String> holding = new HashSet<>();
        for (RaisedSignal r : raised) {
            holding.add(r.key());
            LevelOfCareSignal last = latest.get(r.key());
            String fingerprint = r.fingerprint();
            if (last == null || last.status() == SignalStatus.RESOLVED
                    || (!last.isOpen() && !last.fingerprint().equals(fingerprint))) {
                UUID id = UUID.randomUUID();
                store.insert(id, client, episode, r.kind(), r.topic(), r.evidence().summary(), r.evidence().facts(),
                        fingerprint, now);
                audit.recordAs(SYSTEM, "", AuditAction.CREATE, client, "level-of-care signal",
                        r.kind() + (r.topic().isEmpty() ? "" : " " + r.topic()) + ": " + r.evidence().summary());
                log.info("Signal {} ({}) raised for client {}", id, r.key(), client);
            } else if (last.isOpen() && !last.fingerprint().equals(fingerprint)) {
                store.updateEvidence(last.id(), r.evidence().summary(), r.evidence().facts(), fingerprint, now);
                audit.recordAs(SYSTEM, "", AuditAction.UPDATE, client, "level-of-care signal",
                        "new evidence for " + last.id() + ": " + r.evidence().summary());
            } else if (last.isOpen()) {
                store.updateSummary(last.id(), r.evidence().summary());
            }
        }
        for (LevelOfCareSignal s : open) {
            if (!s.episode().equals(episode) || !holding.contains(s.key())) {
                resolve(s, now);
            }
        }
    }

    /**
     * Issue 7: the episode ended, so its open signals are resolved with the note "closed at discharge" (rather than
     * as evidence that no longer holds): nobody is to act on the level of care of a client who has left.
     */
    @Transactional
    public void closeAtDischarge(ClientId client, EpisodeId episode) {
        store.lockClient(client);
        for (UUID id : store.resolveAllOpen(episode, AT_DISCHARGE, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            audit.recordAs(SYSTEM, "", AuditAction.UPDATE, client, "level-of-care signal",
                    "resolved " + id + ": " + AT_DISCHARGE);
        }
    }

    private void resolve(LevelOfCareSignal signal, Instant now) {
        store.resolve(signal.id(), now);
        audit.recordAs(SYSTEM, "", AuditAction.UPDATE, signal.client(), "level-of-care signal",
                "resolved " + signal.id() + " (" + signal.kind() + "): its evidence no longer holds");
    }
}
