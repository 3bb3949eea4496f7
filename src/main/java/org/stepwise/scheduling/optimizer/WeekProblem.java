package org.stepwise.scheduling.optimizer;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the optimizer needs to plan one clinic's week, as the scheduling module reads it from the database.
 * {@code weekStart} is the Monday of the week.
 */
public record WeekProblem(LocalDate weekStart, List<GroupSession> sessions, List<AppointmentSlot> appointmentSlots,
        List<ClientWeek> clients, List<StaffWeek> staff) {

    public WeekProblem {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a week starts on a Monday, not on " + weekStart.getDayOfWeek());
        }
        sessions = List.copyOf(sessions);
        appointmentSlots = List.copyOf(appointmentSlots);
        clients = List.copyOf(clients);
        staff = List.copyOf(staff);
    }
}
