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
        SessionFact noSession = SessionFact.none();
        SlotFact notBooked = SlotFact.none();
        List<SessionFact> sessionFacts = new ArrayList<>(List.of(noSession));
        for (GroupSession session : index.problem().sessions()) {
            SessionFact fact = new SessionFact(session);
            sessions.put(session.id(), fact);
            sessionFacts.add(fact);
        }
        // Identity: two offers may be equal records (same staff, time and kinds) and still be two slots.
        Map<AppointmentSlot, SlotFact> slots = new IdentityHashMap<>();
        List<SlotFact> slotFacts = new ArrayList<>(List.of(notBooked));
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
            List<SessionFact> fitting = ValueOrder.sessions(client,
                    index.fittingSessions(client).stream().map(s -> sessions.get(s.id())).toList());
            List<SessionFact> range = withLast(fitting, noSession);
            List<SessionFact> spareRange = withFirst(noSession, fitting);
            int needed = seatsNeeded(client, fitting);
            int planned = seatsToPlan(client, fitting);
            for (int i = 0; i < planned; i++) {
                seats.add(new SeatAssignment(nextId++, clientFact, i < needed ? rotated(range, i) : spareRange));
            }
            for (AppointmentKind kind : AppointmentKind.values()) {
                List<SlotFact> fittingSlots = ValueOrder.slots(client, index.fittingSlots(client, kind).stream()
                        .map(slots::get).filter(java.util.Objects::nonNull).toList());
                List<SlotFact> slotRange = withLast(fittingSlots, notBooked);
                for (int i = 0; i < client.due(kind); i++) {
                    appointments.add(new AppointmentAssignment(nextId++, clientFact, kind, slotRange));
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
     * The client's i-th seat starts its range at their i-th option: the construction heuristic then tries a session
     * the client's other seats have not taken first, instead of walking past them all. "No session" stays last.
     */
    private static List<SessionFact> rotated(List<SessionFact> range, int by) {
        int real = range.size() - 1;
        if (real <= 1) {
            return range;
        }
        List<SessionFact> rotated = new ArrayList<>(range.size());
        for (int i = 0; i < real; i++) {
            rotated.add(range.get((i + by) % real));
        }
        rotated.add(range.getLast());
        return rotated;
    }

    private static <T> List<T> withFirst(T first, List<T> values) {
        List<T> range = new ArrayList<>(values.size() + 1);
        range.add(first);
        range.addAll(values);
        return range;
    }

    private static <T> List<T> withLast(List<T> values, T last) {
        List<T> range = new ArrayList<>(values);
        range.add(last);
        return range;
    }

    /**
     * Seats a client may fill: enough to reach their minimum with groups alone (should no appointment be booked) plus
     * one, never above what their maximum allows with the least-counting fitting group, nor more than the fitting
     * sessions. Unused seats hold "no session".
     */
    static int seatsToPlan(ClientWeek client, List<SessionFact> fitting) {
        int smallest = smallestHours(fitting);
        if (smallest == 0) {
            return 0;
        }
        int byMinimum = ceilDiv(centi(client.minHours()), smallest) + 1;
        int byMaximum = ceilDiv(centi(client.maxHours()), smallest);
        return Math.min(fitting.size(), Math.min(byMinimum, byMaximum));
    }

    /**
     * Seats the client needs when every due appointment is booked. These list "no session" last, so the construction
     * heuristic books them; the spare seats beyond list it first, so it leaves them empty at once (local search uses
     * them when an appointment cannot be booked) instead of trying every session first.
     */
    static int seatsNeeded(ClientWeek client, List<SessionFact> fitting) {
        int smallest = smallestHours(fitting);
        if (smallest == 0) {
            return 0;
        }
        int appointments = 0;
        for (AppointmentKind kind : AppointmentKind.values()) {
            appointments += client.due(kind) * centi(kind.countedHours());
        }
        return Math.max(0, ceilDiv(centi(client.minHours()) - appointments, smallest));
    }

    private static int smallestHours(List<SessionFact> fitting) {
        return fitting.stream().mapToInt(SessionFact::centiHours).filter(h -> h > 0).min().orElse(0);
    }

    private static int centi(java.math.BigDecimal hours) {
        return hours.movePointRight(2).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    private static int ceilDiv(int value, int by) {
        return value <= 0 ? 0 : (value + by - 1) / by;
    }

    public static List<GroupSeat> seats(ScheduleSolution solution) {
        List<GroupSeat> seats = new ArrayList<>();
        for (SeatAssignment seat : solution.getSeats()) {
            if (seat.isBooked()) {
                seats.add(new GroupSeat(seat.getClient().id(), seat.session().id()));
            }
        }
        return seats;
    }

    public static List<Appointment> appointments(ScheduleSolution solution) {
        List<Appointment> appointments = new ArrayList<>();
        for (AppointmentAssignment appointment : solution.getAppointments()) {
            if (appointment.isBooked()) {
                SlotFact slot = appointment.slot();
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
            if (seat.isBooked()) {
                hours.merge(seat.getClient(), seat.session().centiHours(), Integer::sum);
            }
        }
        for (AppointmentAssignment appointment : solution.getAppointments()) {
            if (appointment.isBooked()) {
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
