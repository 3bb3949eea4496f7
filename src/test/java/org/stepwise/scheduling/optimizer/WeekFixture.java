package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Small hand-built weeks for tests: one site, a day and an evening track, named ids so failures read well. */
final class WeekFixture {

    static final UUID SITE = id("site");
    static final UUID DAY_TRACK = id("day track");
    static final UUID EVENING_TRACK = id("evening track");

    private final List<GroupSession> sessions = new ArrayList<>();
    private final List<AppointmentSlot> slots = new ArrayList<>();
    private final List<ClientWeek> clients = new ArrayList<>();
    private final List<StaffWeek> staff = new ArrayList<>();

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static TimeSlot at(DayOfWeek day, String start) {
        return TimeSlot.of(day, start, 50);
    }

    StaffWeek staff(String name, int maxHours, int caseload) {
        StaffWeek member = new StaffWeek(id(name), maxHours * 60, caseload);
        staff.add(member);
        return member;
    }

    /** A 50-minute day or evening group counting 1.0 hour, in a series named after it. */
    GroupSession group(String title, DayOfWeek day, String start, int seats, StaffWeek facilitator) {
        TimeSlot time = at(day, start);
        UUID track = DayPart.EVENING.contains(time.start()) ? EVENING_TRACK : DAY_TRACK;
        GroupSession session = new GroupSession(id(title + time), id("series " + title + time), time, SITE, track,
                id("room " + sessions.size()), seats, facilitator.staffId(), title, new BigDecimal("1.0"));
        sessions.add(session);
        return session;
    }

    AppointmentSlot slot(StaffWeek member, TimeSlot time, AppointmentKind... kinds) {
        AppointmentSlot slot = new AppointmentSlot(member.staffId(), time, Set.of(kinds));
        slots.add(slot);
        return slot;
    }

    ClientWeek client(String name, int minHours, int maxHours, Availability availability) {
        return client(name, minHours, maxHours, availability, Map.of(), Set.of(), Set.of());
    }

    ClientWeek client(String name, int minHours, int maxHours, Availability availability,
            Map<AppointmentKind, Integer> due, Set<UUID> lastWeekSeries, Set<UUID> preferredStaff) {
        UUID track = availability.part() == DayPart.DAY ? DAY_TRACK : EVENING_TRACK;
        ClientWeek client = new ClientWeek(id(name), id("episode " + name), SITE, track, BigDecimal.valueOf(minHours),
                BigDecimal.valueOf(maxHours), availability, new EnumMap<>(due.isEmpty()
                        ? Map.of(AppointmentKind.INDIVIDUAL, 0) : due), lastWeekSeries, preferredStaff);
        clients.add(client);
        return client;
    }

    WeekProblem problem() {
        return new WeekProblem(SyntheticWeek.WEEK_START, sessions, slots, clients, staff);
    }

    static Names names() {
        return new Names() {
            @Override
            public String client(UUID clientId) {
                return "the client";
            }

            @Override
            public String staff(UUID staffId) {
                return "the clinician";
            }
        };
    }
}
