package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.stepwise.scheduling.optimizer.Violation.Rule;

/**
 * The hard rules of a week's schedule, checked in plain Java and independent of the optimizer's score: the tests hold
 * the optimizer to them, and the scheduling module checks manual changes with them. A plan that breaks none may be
 * published.
 *
 * <ul>
 *   <li>a session never holds more clients than its seats;</li>
 *   <li>a client is never in two overlapping things (groups or appointments);</li>
 *   <li>a client is booked only inside their availability and only in sessions of their own track;</li>
 *   <li>an appointment uses a time its staff member offered for that kind, never while they facilitate a group, and a
 *       staff member never has two overlapping appointments;</li>
 *   <li>staff stay within their weekly minutes (facilitation plus appointments) and their caseload;</li>
 *   <li>a client is never scheduled above their maximum hours.</li>
 * </ul>
 */
public final class ScheduleRules {

    private final Names names;

    public ScheduleRules() {
        this(Names.SHORT_IDS);
    }

    public ScheduleRules(Names names) {
        this.names = names;
    }

    public List<Violation> check(WeekProblem problem, WeekPlan plan) {
        return check(WeekIndex.of(problem), plan.seats(), plan.appointments());
    }

    /** Every hard rule the seats and appointments break, one violation per broken instance. */
    public List<Violation> check(WeekIndex index, List<GroupSeat> seats, List<Appointment> appointments) {
        List<Violation> found = new ArrayList<>();
        Map<UUID, List<Booking>> bookingsOfClient = new LinkedHashMap<>();
        Map<UUID, Integer> seated = new HashMap<>();
        Set<GroupSeat> seen = new HashSet<>();
        for (GroupSeat seat : seats) {
            Optional<GroupSession> session = index.session(seat.sessionId());
            Optional<ClientWeek> client = index.client(seat.clientId());
            if (session.isEmpty() || client.isEmpty()) {
                found.add(unknown(seat, session.isEmpty()));
                continue;
            }
            if (!seen.add(seat)) {
                found.add(new Violation(Rule.CLIENT_DOUBLE_BOOKED, names.client(seat.clientId())
                        + " is booked twice into " + session.get().label()));
                continue;
            }
            seated.merge(session.get().id(), 1, Integer::sum);
            found.addAll(seatProblems(client.get(), session.get()));
            bookingsOfClient.computeIfAbsent(seat.clientId(), id -> new ArrayList<>()).add(Booking.of(session.get()));
        }
        seated.forEach((sessionId, count) -> {
            GroupSession session = index.session(sessionId).orElseThrow();
            if (count > session.seats()) {
                found.add(new Violation(Rule.SESSION_OVER_CAPACITY, session.label() + " holds " + count
                        + " clients for " + session.seats() + " seats"));
            }
        });

        Map<UUID, List<Appointment>> appointmentsOfStaff = new LinkedHashMap<>();
        for (Appointment appointment : appointments) {
            Optional<ClientWeek> client = index.client(appointment.clientId());
            if (client.isEmpty() || index.staff(appointment.staffId()).isEmpty()) {
                found.add(unknown(appointment, client.isEmpty()));
                continue;
            }
            found.addAll(appointmentProblems(index, client.get(), appointment));
            bookingsOfClient.computeIfAbsent(appointment.clientId(), id -> new ArrayList<>())
                    .add(Booking.of(appointment, names));
            appointmentsOfStaff.computeIfAbsent(appointment.staffId(), id -> new ArrayList<>()).add(appointment);
        }

        bookingsOfClient.forEach((clientId, bookings) -> overlappingPairs(bookings, Booking::time).forEach(pair ->
                found.add(new Violation(Rule.CLIENT_DOUBLE_BOOKED, names.client(clientId) + " is booked twice at once: "
                        + pair.first().label() + " and " + pair.second().label()))));
        appointmentsOfStaff.forEach((staffId, list) -> overlappingPairs(list, Appointment::time).forEach(pair ->
                found.add(new Violation(Rule.STAFF_DOUBLE_BOOKED, names.staff(staffId) + " has two appointments at once: "
                        + pair.first().time().label() + " with " + names.client(pair.first().clientId()) + " and "
                        + pair.second().time().label() + " with " + names.client(pair.second().clientId())))));
        for (StaffWeek staff : index.problem().staff()) {
            List<Appointment> own = appointmentsOfStaff.getOrDefault(staff.staffId(), List.of());
            found.addAll(staffLimits(index, staff, own));
        }
        WeeklyHours.byClient(index, seats, appointments).forEach((clientId, hours) -> index.client(clientId)
                .filter(client -> hours.compareTo(client.maxHours()) > 0)
                .ifPresent(client -> found.add(new Violation(Rule.CLIENT_OVER_MAX_HOURS, names.client(clientId)
                        + " is scheduled " + WeeklyHours.format(hours) + " hours, above their maximum of "
                        + WeeklyHours.format(client.maxHours())))));
        return found;
    }

    /**
     * The hard rules that one added seat or appointment would break in the current plan (rules the plan already
     * breaks are not repeated), e.g. "Tue 10:00 Relapse prevention is full (12 of 12)".
     */
    public List<Violation> checkChange(WeekProblem problem, WeekPlan current, Change change) {
        WeekIndex index = WeekIndex.of(problem);
        return switch (change) {
            case Change.AddSeat add -> checkAddSeat(index, current, add.seat());
            case Change.AddAppointment add -> checkAddAppointment(index, current, add.appointment());
        };
    }

    private List<Violation> checkAddSeat(WeekIndex index, WeekPlan current, GroupSeat seat) {
        Optional<GroupSession> found = index.session(seat.sessionId());
        Optional<ClientWeek> foundClient = index.client(seat.clientId());
        if (found.isEmpty() || foundClient.isEmpty()) {
            return List.of(unknown(seat, found.isEmpty()));
        }
        GroupSession session = found.get();
        ClientWeek client = foundClient.get();
        List<Violation> violations = new ArrayList<>();
        if (current.seats().contains(seat)) {
            violations.add(new Violation(Rule.CLIENT_DOUBLE_BOOKED, names.client(client.clientId()) + " is already in "
                    + session.label()));
            return violations;
        }
        long taken = current.seats().stream().filter(s -> s.sessionId().equals(session.id())).count();
        if (taken >= session.seats()) {
            violations.add(new Violation(Rule.SESSION_OVER_CAPACITY, session.label() + " is full (" + taken + " of "
                    + session.seats() + ")"));
        }
        violations.addAll(seatProblems(client, session));
        violations.addAll(clashesWithClientBookings(index, current, client.clientId(), session.time()));
        violations.addAll(aboveMaxHours(index, current, client, session.countedHours()));
        return violations;
    }

    private List<Violation> checkAddAppointment(WeekIndex index, WeekPlan current, Appointment appointment) {
        Optional<ClientWeek> foundClient = index.client(appointment.clientId());
        Optional<StaffWeek> foundStaff = index.staff(appointment.staffId());
        if (foundClient.isEmpty() || foundStaff.isEmpty()) {
            return List.of(unknown(appointment, foundClient.isEmpty()));
        }
        ClientWeek client = foundClient.get();
        StaffWeek staff = foundStaff.get();
        List<Violation> violations = new ArrayList<>(appointmentProblems(index, client, appointment));
        List<Appointment> ofStaff = current.appointments().stream()
                .filter(a -> a.staffId().equals(staff.staffId())).toList();
        ofStaff.stream().filter(a -> a.time().overlaps(appointment.time())).findFirst().ifPresent(other ->
                violations.add(new Violation(Rule.STAFF_DOUBLE_BOOKED, names.staff(staff.staffId()) + " already sees "
                        + names.client(other.clientId()) + " at " + other.time().label())));
        violations.addAll(clashesWithClientBookings(index, current, client.clientId(), appointment.time()));
        int minutes = index.facilitationMinutes(staff.staffId())
                + ofStaff.stream().mapToInt(a -> a.time().minutes()).sum() + appointment.time().minutes();
        if (minutes > staff.maxMinutes()) {
            violations.add(new Violation(Rule.STAFF_OVER_HOURS, "it would bring " + names.staff(staff.staffId())
                    + " to " + hours(minutes) + " h this week, above their " + hours(staff.maxMinutes()) + " h"));
        }
        Set<UUID> seen = new HashSet<>();
        ofStaff.forEach(a -> seen.add(a.clientId()));
        if (!seen.contains(client.clientId()) && seen.size() >= staff.maxAppointmentClients()) {
            violations.add(new Violation(Rule.STAFF_OVER_CASELOAD, names.staff(staff.staffId()) + "'s caseload is full ("
                    + seen.size() + " of " + staff.maxAppointmentClients() + " clients)"));
        }
        violations.addAll(aboveMaxHours(index, current, client, appointment.kind().countedHours()));
        return violations;
    }

    private List<Violation> seatProblems(ClientWeek client, GroupSession session) {
        List<Violation> problems = new ArrayList<>(2);
        if (!session.trackId().equals(client.trackId())) {
            problems.add(new Violation(Rule.WRONG_TRACK, session.label() + " belongs to another track than "
                    + names.client(client.clientId()) + "'s"));
        }
        client.availability().whyNot(session.time()).ifPresent(why -> problems.add(new Violation(
                Rule.OUTSIDE_AVAILABILITY, names.client(client.clientId()) + " cannot come to " + session.label()
                        + ": " + why)));
        return problems;
    }

    private List<Violation> appointmentProblems(WeekIndex index, ClientWeek client, Appointment appointment) {
        List<Violation> problems = new ArrayList<>(3);
        String what = appointment.kind().label() + " at " + appointment.time().label();
        client.availability().whyNot(appointment.time()).ifPresent(why -> problems.add(new Violation(
                Rule.OUTSIDE_AVAILABILITY, names.client(client.clientId()) + " cannot come to " + what + ": " + why)));
        if (!index.offers(appointment.staffId(), appointment.time(), appointment.kind())) {
            problems.add(new Violation(Rule.NO_OFFERED_SLOT, names.staff(appointment.staffId()) + " offers no "
                    + appointment.kind().label() + " time at " + appointment.time().rangeLabel()));
        }
        index.facilitatingAt(appointment.staffId(), appointment.time()).ifPresent(group -> problems.add(new Violation(
                Rule.STAFF_FACILITATING, names.staff(appointment.staffId()) + " facilitates " + group.label()
                        + " at the time of " + names.client(client.clientId()) + "'s " + what)));
        return problems;
    }

    private List<Violation> staffLimits(WeekIndex index, StaffWeek staff, List<Appointment> own) {
        List<Violation> problems = new ArrayList<>(2);
        int facilitation = index.facilitationMinutes(staff.staffId());
        int appointments = own.stream().mapToInt(a -> a.time().minutes()).sum();
        if (facilitation + appointments > staff.maxMinutes()) {
            problems.add(new Violation(Rule.STAFF_OVER_HOURS, names.staff(staff.staffId()) + " works "
                    + hours(facilitation + appointments) + " h this week, above their " + hours(staff.maxMinutes())
                    + " h (groups " + hours(facilitation) + " h, appointments " + hours(appointments) + " h)"));
        }
        long clients = own.stream().map(Appointment::clientId).distinct().count();
        if (clients > staff.maxAppointmentClients()) {
            problems.add(new Violation(Rule.STAFF_OVER_CASELOAD, names.staff(staff.staffId()) + " sees " + clients
                    + " clients in appointments, above their caseload of " + staff.maxAppointmentClients()));
        }
        return problems;
    }

    private List<Violation> clashesWithClientBookings(WeekIndex index, WeekPlan current, UUID clientId, TimeSlot time) {
        List<Violation> clashes = new ArrayList<>();
        for (GroupSeat seat : current.seats()) {
            if (seat.clientId().equals(clientId)) {
                index.session(seat.sessionId()).filter(s -> s.time().overlaps(time)).ifPresent(s -> clashes.add(
                        new Violation(Rule.CLIENT_DOUBLE_BOOKED, names.client(clientId)
                                + " is already booked at that time: " + s.label())));
            }
        }
        for (Appointment appointment : current.appointments()) {
            if (appointment.clientId().equals(clientId) && appointment.time().overlaps(time)) {
                clashes.add(new Violation(Rule.CLIENT_DOUBLE_BOOKED, names.client(clientId)
                        + " is already booked at that time: " + Booking.of(appointment, names).label()));
            }
        }
        return clashes;
    }

    private List<Violation> aboveMaxHours(WeekIndex index, WeekPlan current, ClientWeek client, BigDecimal added) {
        BigDecimal now = WeeklyHours.byClient(index, current.seats(), current.appointments())
                .getOrDefault(client.clientId(), BigDecimal.ZERO);
        BigDecimal after = now.add(added);
        if (after.compareTo(client.maxHours()) > 0) {
            return List.of(new Violation(Rule.CLIENT_OVER_MAX_HOURS, "it would bring " + names.client(client.clientId())
                    + " to " + WeeklyHours.format(after) + " hours, above their maximum of "
                    + WeeklyHours.format(client.maxHours())));
        }
        return List.of();
    }

    private Violation unknown(GroupSeat seat, boolean sessionMissing) {
        return new Violation(Rule.UNKNOWN_REFERENCE, sessionMissing
                ? "session " + seat.sessionId() + " is not in this week"
                : names.client(seat.clientId()) + " is not a client of this week");
    }

    private Violation unknown(Appointment appointment, boolean clientMissing) {
        return new Violation(Rule.UNKNOWN_REFERENCE, clientMissing
                ? names.client(appointment.clientId()) + " is not a client of this week"
                : names.staff(appointment.staffId()) + " is not on staff this week");
    }

    private static String hours(int minutes) {
        return WeeklyHours.format(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP));
    }

    /** Every pair of items whose times overlap, found by sorting on start: O(n log n + pairs). */
    static <T> List<Pair<T>> overlappingPairs(List<T> items, java.util.function.Function<T, TimeSlot> time) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(item -> time.apply(item).startMinuteOfWeek()));
        List<Pair<T>> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TimeSlot first = time.apply(sorted.get(i));
            for (int j = i + 1; j < sorted.size(); j++) {
                TimeSlot second = time.apply(sorted.get(j));
                if (second.startMinuteOfWeek() >= first.endMinuteOfWeek()) {
                    break;
                }
                pairs.add(new Pair<>(sorted.get(i), sorted.get(j)));
            }
        }
        return pairs;
    }

    record Pair<T>(T first, T second) {}

    /** Something a client is booked into, for overlap messages. */
    private record Booking(TimeSlot time, String label) {

        static Booking of(GroupSession session) {
            return new Booking(session.time(), session.label());
        }

        static Booking of(Appointment appointment, Names names) {
            return new Booking(appointment.time(), appointment.time().label() + " " + appointment.kind().label()
                    + " with " + names.staff(appointment.staffId()));
        }
    }
}
