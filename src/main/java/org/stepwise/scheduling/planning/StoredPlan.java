package org.stepwise.scheduling.planning;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.stepwise.scheduling.optimizer.Appointment;
import org.stepwise.scheduling.optimizer.AppointmentKind;
import org.stepwise.scheduling.optimizer.GroupSeat;
import org.stepwise.scheduling.optimizer.TimeSlot;

/** A plan as kept in {@code schedule_run.plan} (JSON) until a person accepts or discards it. */
record StoredPlan(List<Seat> seats, List<Booked> appointments) {

    StoredPlan {
        seats = List.copyOf(seats);
        appointments = List.copyOf(appointments);
    }

    record Seat(UUID client, UUID session) {}

    record Booked(UUID client, AppointmentKind kind, UUID staff, DayOfWeek day, LocalTime start, int minutes) {

        Appointment appointment() {
            return new Appointment(client, kind, staff, new TimeSlot(day, start, minutes));
        }
    }

    static StoredPlan of(List<GroupSeat> seats, List<Appointment> appointments) {
        return new StoredPlan(seats.stream().map(s -> new Seat(s.clientId(), s.sessionId())).toList(),
                appointments.stream().map(a -> new Booked(a.clientId(), a.kind(), a.staffId(), a.time().day(),
                        a.time().start(), a.time().minutes())).toList());
    }

    List<GroupSeat> groupSeats() {
        return seats.stream().map(s -> new GroupSeat(s.client(), s.session())).toList();
    }

    List<Appointment> bookedAppointments() {
        return appointments.stream().map(Booked::appointment).toList();
    }
}
