package org.stepwise.scheduling.optimizer.timefold;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stepwise.scheduling.optimizer.Appointment;
import org.stepwise.scheduling.optimizer.AppointmentKind;
import org.stepwise.scheduling.optimizer.AppointmentSlot;
import org.stepwise.scheduling.optimizer.ClientWeek;
import org.stepwise.scheduling.optimizer.GroupSeat;
import org.stepwise.scheduling.optimizer.GroupSession;
import org.stepwise.scheduling.optimizer.StaffWeek;
import org.stepwise.scheduling.optimizer.WeekIndex;

/** Turns a week into the Timefold model, and a solved model back into seats and appointments. */
public final class WeekModel {

    private WeekModel() {}

    public static ScheduleSolution build(WeekIndex index) {
        Map<UUID, StaffFact> staff = new HashMap<>();
        for (StaffWeek member : index.problem().staff()) {
            staff.put(member.staffId(), new StaffFact(member, index.facilitationMinutes(member.staffId())));
        }
        Map<UUID, SessionFact> sessions = new HashMap<>();
        List<SessionFact> sessionFacts = new ArrayList<>();
        for (GroupSession session : index.problem().sessions()) {
            SessionFact fact = new SessionFact(session);
            sessions.put(session.id(), fact);
            sessionFacts.add(fact);
        }
        // Identity: two offers may be equal records (same staff, time and kinds) and still be two slots.
        Map<AppointmentSlot, SlotFact> slots = new IdentityHashMap<>();
        List<SlotFact> slotFacts = new ArrayList<>();
        for (AppointmentSlot slot : index.problem().appointmentSlots()) {
            StaffFact owner = staff.get(slot.staffId());
            if (owner != null) {
                SlotFact fact = new SlotFact(slot, owner);
                slots.put(slot, fact);
                slotFacts.add(fact);
            }
        }

        List<ClientFact> clients = new ArrayList<>();
        List<SeatAssignment> seats = new ArrayList<>();
        List<AppointmentAssignment> appointments = new ArrayList<>();
        long nextId = 0;
        for (ClientWeek client : index.problem().clients()) {
            ClientFact clientFact = new ClientFact(client);
            clients.add(clientFact);
            List<SessionFact> fitting = index.fittingSessions(client).stream().map(s -> sessions.get(s.id())).toList();
            for (int i = 0; i < seatsToPlan(client, fitting); i++) {
                seats.add(new SeatAssignment(nextId++, clientFact, fitting));
            }
            for (AppointmentKind kind : AppointmentKind.values()) {
                List<SlotFact> fittingSlots = index.fittingSlots(client, kind).stream()
                        .map(slots::get).filter(java.util.Objects::nonNull).toList();
                for (int i = 0; i < client.due(kind); i++) {
                    appointments.add(new AppointmentAssignment(nextId++, clientFact, kind, fittingSlots));
                }
            }
        }
        // Hardest first: the construction heuristic places entities in list order, so the clients with the fewest
        // options choose before the easy ones take their seats.
        seats.sort(Comparator.comparingInt((SeatAssignment seat) -> seat.getFittingSessions().size())
                .thenComparing(SeatAssignment::getId));
        appointments.sort(Comparator.comparingInt((AppointmentAssignment a) -> a.getFittingSlots().size())
                .thenComparing(AppointmentAssignment::getId));
        return new ScheduleSolution(clients, List.copyOf(staff.values()), sessionFacts, slotFacts, appointments,
                seats);
    }

    /**
     * As many seats as the client's maximum hours could fill with the least-counting group that fits, never more than
     * there are fitting sessions. Unused seats stay unassigned.
     */
    static int seatsToPlan(ClientWeek client, List<SessionFact> fitting) {
        int smallest = fitting.stream().mapToInt(SessionFact::centiHours).filter(h -> h > 0).min().orElse(0);
        if (smallest == 0) {
            return 0;
        }
        int max = client.maxHours().movePointRight(2).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.min(fitting.size(), (max + smallest - 1) / smallest);
    }

    public static List<GroupSeat> seats(ScheduleSolution solution) {
        List<GroupSeat> seats = new ArrayList<>();
        for (SeatAssignment seat : solution.getSeats()) {
            SessionFact session = seat.getSession();
            if (session != null) {
                seats.add(new GroupSeat(seat.getClient().id(), session.id()));
            }
        }
        return seats;
    }

    public static List<Appointment> appointments(ScheduleSolution solution) {
        List<Appointment> appointments = new ArrayList<>();
        for (AppointmentAssignment appointment : solution.getAppointments()) {
            SlotFact slot = appointment.getSlot();
            if (slot != null) {
                appointments.add(new Appointment(appointment.getClient().id(), appointment.getKind(),
                        slot.staff().id(), slot.slot().time()));
            }
        }
        return appointments;
    }

    /** Share of clients within target in a (possibly intermediate) solution, cheaply, for progress and stopping. */
    public static double shareWithinTarget(ScheduleSolution solution) {
        if (solution.getClients().isEmpty()) {
            return 1.0;
        }
        Map<ClientFact, Integer> hours = new IdentityHashMap<>();
        for (SeatAssignment seat : solution.getSeats()) {
            SessionFact session = seat.getSession();
            if (session != null) {
                hours.merge(seat.getClient(), session.centiHours(), Integer::sum);
            }
        }
        for (AppointmentAssignment appointment : solution.getAppointments()) {
            if (appointment.getSlot() != null) {
                hours.merge(appointment.getClient(), appointment.getCentiHours(), Integer::sum);
            }
        }
        long within = solution.getClients().stream().filter(client -> {
            int h = hours.getOrDefault(client, 0);
            return client.minCentiHours() <= h && h <= client.maxCentiHours();
        }).count();
        return (double) within / solution.getClients().size();
    }
}
