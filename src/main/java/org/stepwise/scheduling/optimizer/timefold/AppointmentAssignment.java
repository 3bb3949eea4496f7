package org.stepwise.scheduling.optimizer.timefold;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.optimizer.AppointmentKind;

/**
 * One appointment due for a client (one per appointment of each kind due this week): the solver gives it an offered
 * time or {@link SlotFact#none() none}. The value range holds only times offered for that kind, inside the client's
 * availability and outside the groups the staff member facilitates, then "none".
 */
@PlanningEntity
public class AppointmentAssignment {

    @PlanningId
    private Long id;

    private ClientFact client;

    private AppointmentKind kind;

    private int centiHours;

    @ValueRangeProvider(id = "fittingSlots")
    private List<SlotFact> fittingSlots;

    @PlanningVariable(valueRangeProviderRefs = "fittingSlots")
    private @Nullable SlotFact slot;

    /** For the solver's cloning only: it sets every field right after. */
    public AppointmentAssignment() {
        this.id = 0L;
        this.kind = AppointmentKind.INDIVIDUAL;
        this.fittingSlots = List.of();
    }

    public AppointmentAssignment(long id, ClientFact client, AppointmentKind kind, List<SlotFact> fittingSlots) {
        this.id = id;
        this.client = client;
        this.kind = kind;
        this.centiHours = Hundredths.of(kind.countedHours());
        this.fittingSlots = List.copyOf(fittingSlots);
    }

    public Long getId() {
        return id;
    }

    public ClientFact getClient() {
        return client;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public int getCentiHours() {
        return centiHours;
    }

    public List<SlotFact> getFittingSlots() {
        return fittingSlots;
    }

    public @Nullable SlotFact getSlot() {
        return slot;
    }

    public void setSlot(@Nullable SlotFact slot) {
        this.slot = slot;
    }

    /** True when the appointment holds a real offered time (not "none", and placed by the construction heuristic). */
    public boolean isBooked() {
        SlotFact assigned = slot;
        return assigned != null && !assigned.isNone();
    }

    /** The booked time; only called on booked appointments (the constraints filter on {@link #isBooked()}). */
    public SlotFact slot() {
        SlotFact assigned = slot;
        if (assigned == null || assigned.isNone()) {
            throw new IllegalStateException("appointment " + id + " is not booked");
        }
        return assigned;
    }

    @Override
    public String toString() {
        return client + " " + kind + " at " + slot;
    }
}
