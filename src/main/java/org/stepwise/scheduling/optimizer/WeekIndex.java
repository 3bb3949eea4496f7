package org.stepwise.scheduling.optimizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Look-ups over a {@link WeekProblem} that the rules, the explanations, the greedy scheduler and the Timefold model all
 * need: records by id, the sessions a staff member facilitates, and what fits a client (their track, their
 * availability, counting toward hours).
 */
public final class WeekIndex {

    private final WeekProblem problem;
    private final Map<UUID, GroupSession> sessions;
    private final Map<UUID, ClientWeek> clients;
    private final Map<UUID, StaffWeek> staff;
    private final Map<UUID, List<GroupSession>> facilitatedBy;
    private final Map<UUID, List<AppointmentSlot>> slotsOf;
    private final Map<UUID, Integer> facilitationMinutes;
    private final List<AppointmentSlot> usableSlots;

    private WeekIndex(WeekProblem problem) {
        this.problem = problem;
        this.sessions = byId(problem.sessions(), GroupSession::id);
        this.clients = byId(problem.clients(), ClientWeek::clientId);
        this.staff = byId(problem.staff(), StaffWeek::staffId);
        this.facilitatedBy = problem.sessions().stream().collect(Collectors.groupingBy(GroupSession::facilitatorId));
        this.slotsOf = problem.appointmentSlots().stream().collect(Collectors.groupingBy(AppointmentSlot::staffId));
        this.facilitationMinutes = new HashMap<>();
        facilitatedBy.forEach((id, list) -> facilitationMinutes.put(id,
                list.stream().mapToInt(s -> s.time().minutes()).sum()));
        this.usableSlots = problem.appointmentSlots().stream()
                .filter(slot -> facilitatingAt(slot.staffId(), slot.time()).isEmpty()).toList();
    }

    public static WeekIndex of(WeekProblem problem) {
        return new WeekIndex(problem);
    }

    private static <T> Map<UUID, T> byId(Collection<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        for (T item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("the week lists " + id.apply(item) + " twice");
            }
        }
        return map;
    }

    public WeekProblem problem() {
        return problem;
    }

    public Optional<GroupSession> session(UUID id) {
        return Optional.ofNullable(sessions.get(id));
    }

    public Optional<ClientWeek> client(UUID id) {
        return Optional.ofNullable(clients.get(id));
    }

    public Optional<StaffWeek> staff(UUID id) {
        return Optional.ofNullable(staff.get(id));
    }

    public List<GroupSession> facilitatedBy(UUID staffId) {
        return facilitatedBy.getOrDefault(staffId, List.of());
    }

    /** Minutes the staff member spends facilitating groups this week, whoever is booked. */
    public int facilitationMinutes(UUID staffId) {
        return facilitationMinutes.getOrDefault(staffId, 0);
    }

    /** The group the staff member facilitates at this time, if any. */
    public Optional<GroupSession> facilitatingAt(UUID staffId, TimeSlot time) {
        return facilitatedBy(staffId).stream().filter(s -> s.time().overlaps(time)).findFirst();
    }

    public List<AppointmentSlot> slotsOf(UUID staffId) {
        return slotsOf.getOrDefault(staffId, List.of());
    }

    /** True when the staff member offered exactly this time for this kind. */
    public boolean offers(UUID staffId, TimeSlot time, AppointmentKind kind) {
        return slotsOf(staffId).stream().anyMatch(slot -> slot.time().equals(time) && slot.offers(kind));
    }

    /** Sessions of the client's track, in their availability, that count toward hours: what the client could join. */
    public List<GroupSession> fittingSessions(ClientWeek client) {
        List<GroupSession> fitting = new ArrayList<>();
        for (GroupSession session : problem.sessions()) {
            if (session.trackId().equals(client.trackId()) && session.countedHours().signum() > 0
                    && session.seats() > 0 && client.availability().allows(session.time())) {
                fitting.add(session);
            }
        }
        return fitting;
    }

    /**
     * Offered times of this kind the client could take: in their availability and not while the staff member
     * facilitates a group.
     */
    public List<AppointmentSlot> fittingSlots(ClientWeek client, AppointmentKind kind) {
        List<AppointmentSlot> fitting = new ArrayList<>();
        for (AppointmentSlot slot : usableSlots) {
            if (slot.offers(kind) && client.availability().allows(slot.time())) {
                fitting.add(slot);
            }
        }
        return fitting;
    }
}
