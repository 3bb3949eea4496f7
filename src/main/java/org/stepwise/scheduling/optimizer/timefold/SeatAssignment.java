package org.stepwise.scheduling.optimizer.timefold;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One group seat a client may take: a client gets as many of these as their maximum hours could use, and the solver
 * gives each a session or {@link SessionFact#none() no session}. The value range is the client's own: sessions of their
 * track, inside their availability, counting toward hours, then "none". So track and availability never need a
 * constraint, and every move the solver tries is one the client could attend.
 */
@PlanningEntity
public class SeatAssignment {

    @PlanningId
    private Long id;

    private ClientFact client;

    @ValueRangeProvider(id = "fittingSessions")
    private List<SessionFact> fittingSessions;

    @PlanningVariable(valueRangeProviderRefs = "fittingSessions")
    private @Nullable SessionFact session;

    /** For the solver's cloning only: it sets every field right after. */
    public SeatAssignment() {
        this.id = 0L;
        this.fittingSessions = List.of();
    }

    public SeatAssignment(long id, ClientFact client, List<SessionFact> fittingSessions) {
        this.id = id;
        this.client = client;
        this.fittingSessions = List.copyOf(fittingSessions);
    }

    public Long getId() {
        return id;
    }

    public ClientFact getClient() {
        return client;
    }

    public List<SessionFact> getFittingSessions() {
        return fittingSessions;
    }

    public @Nullable SessionFact getSession() {
        return session;
    }

    public void setSession(@Nullable SessionFact session) {
        this.session = session;
    }

    /** True when the seat holds a real session (not "none", and placed by the construction heuristic). */
    public boolean isBooked() {
        SessionFact assigned = session;
        return assigned != null && !assigned.isNone();
    }

    /** The booked session; only called on booked seats (the constraints filter on {@link #isBooked()}). */
    public SessionFact session() {
        SessionFact assigned = session;
        if (assigned == null || assigned.isNone()) {
            throw new IllegalStateException("seat " + id + " holds no session");
        }
        return assigned;
    }

    @Override
    public String toString() {
        return client + " in " + session;
    }
}
