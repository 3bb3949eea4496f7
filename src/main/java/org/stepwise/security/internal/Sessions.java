package org.stepwise.security.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's web sessions (held in PostgreSQL, so on every app instance at once): after a deactivation, a role
 * change or a password change, whatever the person had open must sign in again. When called inside a transaction the
 * sessions end once it commits, so a change that is rolled back signs no one out.
 */
@Component
public class Sessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    public void endAll(String username) {
        endAllExcept(username, null);
    }

    public void endAllExcept(String username, @Nullable String keepSessionId) {
        Runnable end = () -> {
            FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
            if (sessions == null) {
                return;
            }
            Set<String> ids = sessions.findByPrincipalName(username).keySet();
            ids.stream().filter(id -> !id.equals(keepSessionId)).forEach(sessions::deleteById);
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }
}
