package org.stepwise.signals.internal;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.stepwise.shared.ClientId;

/**
 * Once a day, every admitted client's signals are evaluated again, for what follows from the date alone (a
 * recertification coming due, weeks without a safety alert, a week that ended) and to resolve the open signals of
 * clients who left. A plain {@code @Scheduled} job, no ShedLock: with several instances each runs it, and that is
 * harmless because an evaluation is idempotent and serialized per client (an advisory lock).
 */
@Component
class DailySignalRun {

    private static final Logger log = LoggerFactory.getLogger(DailySignalRun.class);

    private final SignalEvaluation evaluation;
    private final JdbcClient jdbc;

    DailySignalRun(SignalEvaluation evaluation, JdbcClient jdbc) {
        this.evaluation = evaluation;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${stepwise.signals.daily-run:0 10 4 * * *}")
    void everyDay() {
        int evaluated = evaluateAll();
        log.info("Daily signal run: {} clients evaluated", evaluated);
    }

    /** Evaluates every admitted client and every client with an open signal, each in a transaction of its own. */
    int evaluateAll() {
        List<UUID> clients = jdbc.sql("""
                SELECT client_id FROM episode WHERE status = 'ADMITTED'
                UNION SELECT client_id FROM level_of_care_signal WHERE status = 'OPEN'""")
                .query(UUID.class).list();
        int done = 0;
        for (UUID client : clients) {
            try {
                evaluation.evaluate(new ClientId(client));
                done++;
            } catch (RuntimeException e) {
                log.warn("Signals of client {} could not be evaluated: {}", client, e.toString());
            }
        }
        return done;
    }
}
