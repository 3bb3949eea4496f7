package org.stepwise.measures;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.measures.internal.Administrations;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/** A client's administrations, newest first (by the day administered, then by when they were entered). */
@Service
public class MeasureHistory {

    private final Administrations administrations;
    private final AuditLog audit;

    MeasureHistory(Administrations administrations, AuditLog audit) {
        this.administrations = administrations;
        this.audit = audit;
    }

    /** Reads only, unaudited: for reports and rules. Showing the history to a person goes through {@link #view}. */
    @Transactional(readOnly = true)
    public List<MeasureAdministration> forClient(ClientId client) {
        return administrations.forClient(client);
    }

    /** One administration, unaudited: for rules that act on what was scored. */
    @Transactional(readOnly = true)
    public Optional<MeasureAdministration> find(MeasureAdministrationId id) {
        return administrations.find(id);
    }

    /**
     * The history as shown to the signed-in user, with the view recorded in the audit log.
     *
     * @throws NotFoundException when there is no such client
     */
    @Transactional
    public List<MeasureAdministration> view(ClientId client) {
        if (!administrations.clientExists(client)) {
            throw new NotFoundException("There is no client " + client + ".");
        }
        List<MeasureAdministration> all = administrations.forClient(client);
        audit.record(AuditAction.VIEW, client, "measure history", all.size() + " administrations");
        return all;
    }

    /**
     * One administration of a client, as shown to the signed-in user, with the view recorded in the audit log.
     *
     * @throws NotFoundException when the client has no such administration
     */
    @Transactional
    public MeasureAdministration viewOne(ClientId client, MeasureAdministrationId id) {
        MeasureAdministration administration = administrations.find(id).filter(a -> a.client().equals(client))
                .orElseThrow(() -> new NotFoundException("This client has no administration " + id + "."));
        audit.record(AuditAction.VIEW, client, "measure " + administration.instrument(), id.toString());
        return administration;
    }
}
