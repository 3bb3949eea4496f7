package org.stepwise.scheduling.optimizer.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The week as Timefold plans it: facts, the seat and appointment entities, and the score. */
@PlanningSolution
public class ScheduleSolution {

    @ProblemFactCollectionProperty
    private List<ClientFact> clients;

    @ProblemFactCollectionProperty
    private List<StaffFact> staff;

    @ProblemFactCollectionProperty
    private List<SessionFact> sessions;

    @ProblemFactCollectionProperty
    private List<SlotFact> slots;

    @PlanningEntityCollectionProperty
    private List<AppointmentAssignment> appointments;

    @PlanningEntityCollectionProperty
    private List<SeatAssignment> seats;

    @PlanningScore
    private @Nullable HardMediumSoftScore score;

    /** For the solver's cloning only. */
    public ScheduleSolution() {
        this(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public ScheduleSolution(List<ClientFact> clients, List<StaffFact> staff, List<SessionFact> sessions,
            List<SlotFact> slots, List<AppointmentAssignment> appointments, List<SeatAssignment> seats) {
        this.clients = clients;
        this.staff = staff;
        this.sessions = sessions;
        this.slots = slots;
        this.appointments = appointments;
        this.seats = seats;
    }

    public List<ClientFact> getClients() {
        return clients;
    }

    public void setClients(List<ClientFact> clients) {
        this.clients = clients;
    }

    public List<StaffFact> getStaff() {
        return staff;
    }

    public void setStaff(List<StaffFact> staff) {
        this.staff = staff;
    }

    public List<SessionFact> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionFact> sessions) {
        this.sessions = sessions;
    }

    public List<SlotFact> getSlots() {
        return slots;
    }

    public void setSlots(List<SlotFact> slots) {
        this.slots = slots;
    }

    public List<AppointmentAssignment> getAppointments() {
        return appointments;
    }

    public void setAppointments(List<AppointmentAssignment> appointments) {
        this.appointments = appointments;
    }

    public List<SeatAssignment> getSeats() {
        return seats;
    }

    public void setSeats(List<SeatAssignment> seats) {
        this.seats = seats;
    }

    public @Nullable HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftScore score) {
        this.score = score;
    }
}
