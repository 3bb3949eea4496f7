package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A simple, honest greedy scheduler for comparison with the optimizer: clients in order of least availability first
 * (fewest sessions that fit them); each takes the earliest fitting session with a free seat until they reach their
 * minimum hours, then books each due appointment in the earliest fitting offered time. It never breaks a hard rule
 * (it skips what would), but it never reconsiders a choice either.
 */
public final class GreedyScheduler {

    public WeekPlan schedule(WeekProblem problem) {
        WeekIndex index = WeekIndex.of(problem);
        Booker booker = new Booker(index);
        List<ClientWeek> clients = new ArrayList<>(problem.clients());
        Map<UUID, Integer> options = new HashMap<>();
        clients.forEach(c -> options.put(c.clientId(), index.fittingSessions(c).size()));
        clients.sort(Comparator.comparingInt(c -> options.get(c.clientId())));
        for (ClientWeek client : clients) {
            booker.seatUntilMinimum(client);
            booker.bookAppointments(client);
        }
        boolean feasible = new ScheduleRules().check(index, booker.seats, booker.appointments).isEmpty();
        return WeekPlan.assemble(index, booker.seats, booker.appointments, feasible, "greedy");
    }

    /** The bookings so far and the running totals the hard rules need. */
    private static final class Booker {
        private final WeekIndex index;
        private final List<GroupSeat> seats = new ArrayList<>();
        private final List<Appointment> appointments = new ArrayList<>();
        private final Map<UUID, Integer> seated = new HashMap<>();
        private final Map<UUID, List<TimeSlot>> clientTimes = new HashMap<>();
        private final Map<UUID, BigDecimal> clientHours = new HashMap<>();
        private final Map<UUID, List<TimeSlot>> staffTimes = new HashMap<>();
        private final Map<UUID, Integer> staffMinutes = new HashMap<>();
        private final Map<UUID, Set<UUID>> staffClients = new HashMap<>();

        Booker(WeekIndex index) {
            this.index = index;
        }

        void seatUntilMinimum(ClientWeek client) {
            List<GroupSession> fitting = new ArrayList<>(index.fittingSessions(client));
            fitting.sort(Comparator.comparingInt((GroupSession s) -> s.time().startMinuteOfWeek())
                    .thenComparing(GroupSession::id));
            for (GroupSession session : fitting) {
                BigDecimal hours = hours(client);
                if (hours.compareTo(client.minHours()) >= 0) {
                    return;
                }
                if (seated.getOrDefault(session.id(), 0) < session.seats() && free(client, session.time())
                        && hours.add(session.countedHours()).compareTo(client.maxHours()) <= 0) {
                    seats.add(new GroupSeat(client.clientId(), session.id()));
                    seated.merge(session.id(), 1, Integer::sum);
                    took(client, session.time(), session.countedHours());
                }
            }
        }

        void bookAppointments(ClientWeek client) {
            for (AppointmentKind kind : AppointmentKind.values()) {
                List<AppointmentSlot> fitting = new ArrayList<>(index.fittingSlots(client, kind));
                fitting.sort(Comparator.comparingInt(s -> s.time().startMinuteOfWeek()));
                int booked = 0;
                for (AppointmentSlot slot : fitting) {
                    if (booked == client.due(kind)) {
                        break;
                    }
                    if (canBook(client, kind, slot)) {
                        appointments.add(new Appointment(client.clientId(), kind, slot.staffId(), slot.time()));
                        staffTimes.computeIfAbsent(slot.staffId(), id -> new ArrayList<>()).add(slot.time());
                        staffMinutes.merge(slot.staffId(), slot.time().minutes(), Integer::sum);
                        staffClients.computeIfAbsent(slot.staffId(), id -> new HashSet<>()).add(client.clientId());
                        took(client, slot.time(), kind.countedHours());
                        booked++;
                    }
                }
            }
        }

        private boolean canBook(ClientWeek client, AppointmentKind kind, AppointmentSlot slot) {
            Optional<StaffWeek> member = index.staff(slot.staffId());
            if (member.isEmpty() || !free(client, slot.time())
                    || hours(client).add(kind.countedHours()).compareTo(client.maxHours()) > 0) {
                return false;
            }
            StaffWeek staff = member.get();
            boolean staffFree = staffTimes.getOrDefault(staff.staffId(), List.of()).stream()
                    .noneMatch(slot.time()::overlaps);
            int minutes = index.facilitationMinutes(staff.staffId()) + staffMinutes.getOrDefault(staff.staffId(), 0)
                    + slot.time().minutes();
            Set<UUID> caseload = staffClients.getOrDefault(staff.staffId(), Set.of());
            boolean caseloadRoom = caseload.contains(client.clientId())
                    || caseload.size() < staff.maxAppointmentClients();
            return staffFree && minutes <= staff.maxMinutes() && caseloadRoom;
        }

        private boolean free(ClientWeek client, TimeSlot time) {
            return clientTimes.getOrDefault(client.clientId(), List.of()).stream().noneMatch(time::overlaps);
        }

        private BigDecimal hours(ClientWeek client) {
            return clientHours.getOrDefault(client.clientId(), BigDecimal.ZERO);
        }

        private void took(ClientWeek client, TimeSlot time, BigDecimal hours) {
            clientTimes.computeIfAbsent(client.clientId(), id -> new ArrayList<>()).add(time);
            clientHours.merge(client.clientId(), hours, BigDecimal::add);
        }
    }
}
