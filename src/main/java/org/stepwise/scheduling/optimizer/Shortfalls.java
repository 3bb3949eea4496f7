package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Explains every target a plan misses, per client, in words a program director can act on: hours below the minimum
 * (their availability offers too little, the groups that fit are full, or open groups were left unused), hours above
 * the maximum, and due appointments not booked (no offered time fits, or the fitting ones are taken).
 */
final class Shortfalls {

    private final WeekIndex index;
    private final Map<UUID, BigDecimal> hours;
    private final Map<UUID, Integer> seated = new HashMap<>();
    private final Map<UUID, Set<UUID>> sessionsOfClient = new HashMap<>();
    private final Map<UUID, List<TimeSlot>> bookedTimes = new HashMap<>();
    private final Map<UUID, List<Appointment>> appointmentsOfClient = new HashMap<>();
    private final Map<UUID, List<Appointment>> appointmentsOfStaff = new HashMap<>();

    private Shortfalls(WeekIndex index, List<GroupSeat> seats, List<Appointment> appointments,
            Map<UUID, BigDecimal> hours) {
        this.index = index;
        this.hours = hours;
        for (GroupSeat seat : seats) {
            index.session(seat.sessionId()).ifPresent(session -> {
                seated.merge(session.id(), 1, Integer::sum);
                sessionsOfClient.computeIfAbsent(seat.clientId(), id -> new HashSet<>()).add(session.id());
                bookedTimes.computeIfAbsent(seat.clientId(), id -> new ArrayList<>()).add(session.time());
            });
        }
        for (Appointment appointment : appointments) {
            bookedTimes.computeIfAbsent(appointment.clientId(), id -> new ArrayList<>()).add(appointment.time());
            appointmentsOfClient.computeIfAbsent(appointment.clientId(), id -> new ArrayList<>()).add(appointment);
            appointmentsOfStaff.computeIfAbsent(appointment.staffId(), id -> new ArrayList<>()).add(appointment);
        }
    }

    static List<Shortfall> explain(WeekIndex index, List<GroupSeat> seats, List<Appointment> appointments,
            Map<UUID, BigDecimal> hours) {
        return new Shortfalls(index, seats, appointments, hours).all();
    }

    private List<Shortfall> all() {
        List<Shortfall> shortfalls = new ArrayList<>();
        for (ClientWeek client : index.problem().clients()) {
            BigDecimal scheduled = hours.getOrDefault(client.clientId(), BigDecimal.ZERO);
            if (scheduled.compareTo(client.minHours()) < 0) {
                shortfalls.add(new Shortfall(client.clientId(), WeeklyHours.format(scheduled) + " of "
                        + WeeklyHours.format(client.minHours()) + " hours", whyTooFewHours(client)));
            } else if (scheduled.compareTo(client.maxHours()) > 0) {
                shortfalls.add(new Shortfall(client.clientId(), WeeklyHours.format(scheduled) + " hours, above the "
                        + "maximum of " + WeeklyHours.format(client.maxHours()), "booked above their maximum weekly "
                        + "hours: remove a session (19 hours is the IOP ceiling)"));
            }
            for (AppointmentKind kind : AppointmentKind.values()) {
                int due = client.due(kind);
                long booked = appointmentsOfClient.getOrDefault(client.clientId(), List.of()).stream()
                        .filter(a -> a.kind() == kind).count();
                if (booked < due) {
                    shortfalls.add(new Shortfall(client.clientId(), kind.label() + ": " + booked + " of " + due
                            + " booked", whyNoAppointment(client, kind)));
                }
            }
        }
        return shortfalls;
    }

    private String whyTooFewHours(ClientWeek client) {
        List<GroupSession> fitting = index.fittingSessions(client);
        Availability availability = client.availability();
        String when = availability.days().size() < 5
                ? "available " + availability.daysLabel() + " only (" + availability.part().word() + "s)"
                : "available " + availability.part().word() + "s";
        if (fitting.isEmpty()) {
            return "no counted group of their track fits their availability (" + availability.label() + ")";
        }
        BigDecimal groupReach = reachableGroupHours(fitting);
        BigDecimal appointmentReach = BigDecimal.ZERO;
        for (AppointmentKind kind : AppointmentKind.values()) {
            int fits = Math.min(client.due(kind), index.fittingSlots(client, kind).size());
            appointmentReach = appointmentReach.add(kind.countedHours().multiply(BigDecimal.valueOf(fits)));
        }
        if (groupReach.add(appointmentReach).compareTo(client.minHours()) < 0) {
            return when + ", where their track offers " + WeeklyHours.format(groupReach) + " counted hours"
                    + (appointmentReach.signum() > 0 ? " and their appointments " + WeeklyHours.format(appointmentReach)
                            : "")
                    + (availability.blocked().isEmpty() ? "" : " outside their blocked times");
        }
        return whyFittingGroupsUnused(client, fitting);
    }

    /** Counted hours of the fitting sessions, parallel sessions at the same time counted once. */
    private static BigDecimal reachableGroupHours(List<GroupSession> fitting) {
        Map<TimeSlot, BigDecimal> best = new HashMap<>();
        for (GroupSession session : fitting) {
            best.merge(session.time(), session.countedHours(), BigDecimal::max);
        }
        return best.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private String whyFittingGroupsUnused(ClientWeek client, List<GroupSession> fitting) {
        Set<UUID> joined = sessionsOfClient.getOrDefault(client.clientId(), Set.of());
        List<TimeSlot> booked = bookedTimes.getOrDefault(client.clientId(), List.of());
        Map<DayOfWeek, int[]> fullOfDay = new TreeMap<>();
        int clashing = 0;
        List<GroupSession> open = new ArrayList<>();
        for (GroupSession session : fitting) {
            int[] counts = fullOfDay.computeIfAbsent(session.time().day(), d -> new int[3]);
            if (joined.contains(session.id())) {
                counts[2]++;
                continue;
            }
            counts[0]++;
            if (seated.getOrDefault(session.id(), 0) >= session.seats()) {
                counts[1]++;
            } else if (booked.stream().anyMatch(session.time()::overlaps)) {
                clashing++;
            } else {
                open.add(session);
            }
        }
        List<String> reasons = new ArrayList<>();
        String part = client.availability().part().word();
        fullOfDay.forEach((day, counts) -> {
            // counts: groups of the day they are not in, how many of those are full, how many they are in
            String groups = (counts[2] > 0 ? "other " : "") + part + " group";
            if (counts[0] > 0 && counts[0] == counts[1]) {
                reasons.add(counts[0] == 1 ? "the only " + groups + " on " + TimeSlot.longDay(day) + " is full"
                        : "all " + counts[0] + " " + groups + "s on " + TimeSlot.longDay(day) + " are full");
            } else if (counts[1] > 0) {
                reasons.add(counts[1] + " of the " + counts[0] + " " + groups + "s on " + TimeSlot.longDay(day)
                        + " are full");
            }
        });
        if (clashing > 0) {
            reasons.add(clashing + (clashing == 1 ? " fitting group overlaps" : " fitting groups overlap")
                    + " their other bookings");
        }
        if (!open.isEmpty()) {
            reasons.add(open.size() + (open.size() == 1 ? " fitting group still has" : " fitting groups still have")
                    + " seats (" + open.getFirst().label() + (open.size() > 1 ? ", …" : "")
                    + "): the schedule left them unused; book by hand or optimize longer");
        }
        return reasons.isEmpty() ? "every group that fits their availability is already booked for them"
                : String.join("; ", reasons);
    }

    private String whyNoAppointment(ClientWeek client, AppointmentKind kind) {
        List<AppointmentSlot> fitting = index.fittingSlots(client, kind);
        if (fitting.isEmpty()) {
            return "no " + kind.label() + " time with a " + kind.provider() + " fits their availability ("
                    + client.availability().label() + ")";
        }
        List<TimeSlot> booked = bookedTimes.getOrDefault(client.clientId(), List.of());
        BigDecimal scheduled = hours.getOrDefault(client.clientId(), BigDecimal.ZERO);
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        for (AppointmentSlot slot : fitting) {
            reasons.merge(reason(client, kind, slot, booked, scheduled), 1, Integer::sum);
        }
        if (reasons.getOrDefault(Reason.TAKEN, 0) == fitting.size()) {
            return fitting.size() == 1 ? "the only " + kind.label() + " time that fits their availability is taken"
                    : "all " + fitting.size() + " " + kind.label() + " times that fit their availability are taken";
        }
        List<String> parts = new ArrayList<>();
        reasons.forEach((reason, count) -> parts.add(count + " " + reason.words(kind)));
        return "of " + fitting.size() + " " + kind.label() + " times that fit their availability, "
                + Availability.joinWithAnd(parts);
    }

    private Reason reason(ClientWeek client, AppointmentKind kind, AppointmentSlot slot, List<TimeSlot> booked,
            BigDecimal scheduled) {
        List<Appointment> ofStaff = appointmentsOfStaff.getOrDefault(slot.staffId(), List.of());
        if (ofStaff.stream().anyMatch(a -> a.time().overlaps(slot.time()))) {
            return Reason.TAKEN;
        }
        if (booked.stream().anyMatch(slot.time()::overlaps)) {
            return Reason.CLASHES;
        }
        Optional<StaffWeek> member = index.staff(slot.staffId());
        if (member.isPresent()) {
            StaffWeek staff = member.get();
            int minutes = index.facilitationMinutes(staff.staffId())
                    + ofStaff.stream().mapToInt(a -> a.time().minutes()).sum() + slot.time().minutes();
            long clients = ofStaff.stream().map(Appointment::clientId).distinct().count();
            boolean known = ofStaff.stream().anyMatch(a -> a.clientId().equals(client.clientId()));
            if (minutes > staff.maxMinutes() || (!known && clients >= staff.maxAppointmentClients())) {
                return Reason.STAFF_AT_LIMIT;
            }
        }
        if (scheduled.add(kind.countedHours()).compareTo(client.maxHours()) > 0) {
            return Reason.ABOVE_MAXIMUM;
        }
        return Reason.FREE;
    }

    private enum Reason {
        TAKEN, CLASHES, STAFF_AT_LIMIT, ABOVE_MAXIMUM, FREE;

        String words(AppointmentKind kind) {
            return switch (this) {
                case TAKEN -> "are taken";
                case CLASHES -> "overlap their groups or other appointments";
                case STAFF_AT_LIMIT -> "are with a " + kind.provider() + " at their weekly hours or caseload";
                case ABOVE_MAXIMUM -> "would take them above their maximum hours";
                case FREE -> "are free: book one by hand";
            };
        }
    }
}
