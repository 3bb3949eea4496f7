package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Issue 4's benchmark clinic as a week to plan, the same for the same seed: 2 sites, each with a day and an evening
 * track (4 tracks); clients with weekly targets of 9 to 12 hours (minHours = target, maxHours = target + 2), each
 * available on 3 to 5 weekdays in one day part, some with a blocked time; one individual therapy a week for everyone,
 * family therapy for about 30% and medication management for about 35%; 50-minute groups of 12 counting 1.0 hour, with
 * group seats offered at 1.2 times the clients' total target hours; staff at one per 12 clients (25 for 300): 88%
 * clinicians who facilitate and see clients, 12% prescribers.
 *
 * <p><b>Feasible by construction.</b> The generator first plans every client's week itself (the witness): appointments
 * with a free therapist or prescriber, then group hours to reach the target, spread over their days and inside their
 * availability (a client whose days cannot hold their week gets another day). Sessions are then offered where the
 * witness seats clients, more where clients could come, until the 1.2 ratio is met; facilitators are chosen among
 * clinicians free at the time and within their hours; offered appointment times include the witness's and as many
 * again. {@link #witness()} is that plan: it breaks no hard rule and meets every target, which a test checks, so a
 * schedule with every client within target exists.
 */
public final class SyntheticWeek {

    static final LocalDate WEEK_START = LocalDate.of(2026, 1, 5);
    static final int GROUP_CAP = 12;
    static final int GROUP_MINUTES = 50;
    static final int MEDICATION_MINUTES = 30;
    static final List<LocalTime> DAY_STARTS = hours(9, 15);
    static final List<LocalTime> EVENING_STARTS = hours(17, 20);
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<String> TOPICS = List.of("Emotional regulation", "Relapse prevention",
            "Interpersonal skills", "Stress management", "Communication", "DBT skills", "CBT skills", "Mindfulness");
    private static final double SEATS_PER_TARGET_HOUR = 1.2;
    private static final int FULL_TIME_MINUTES = 40 * 60;
    private static final int PART_TIME_MINUTES = 30 * 60;
    /** Appointment minutes a clinician may take in the witness, leaving the rest of their week for groups. */
    private static final int GROUP_RESERVE_MINUTES = 15 * 60;

    private final SplittableRandom random;
    private final List<Track> tracks = new ArrayList<>();
    private final List<Staff> clinicians = new ArrayList<>();
    private final List<Staff> prescribers = new ArrayList<>();
    private final List<ClientWeek> clients = new ArrayList<>();
    private final List<Appointment> witnessAppointments = new ArrayList<>();
    private final Map<Cell, List<UUID>> witnessSeatsByCell = new LinkedHashMap<>();
    private final List<GroupSession> sessions = new ArrayList<>();
    private final List<GroupSeat> witnessSeats = new ArrayList<>();
    private final BigDecimal totalTargetHours;
    private final List<AppointmentSlot> offeredSlots;

    private SyntheticWeek(long seed, int clientCount) {
        this.random = new SplittableRandom(seed);
        for (int site = 0; site < 2; site++) {
            UUID siteId = uuid();
            tracks.add(new Track(siteId, uuid(), DayPart.DAY));
            tracks.add(new Track(siteId, uuid(), DayPart.EVENING));
        }
        int staffCount = Math.max(6, (int) Math.round(clientCount / 12.0));
        int prescriberCount = Math.max(1, (int) Math.round(staffCount * 0.12));
        for (int i = 0; i < staffCount; i++) {
            int max = i % 5 == 4 ? PART_TIME_MINUTES : FULL_TIME_MINUTES;
            Staff staff = new Staff(new StaffWeek(uuid(), max, i < prescriberCount ? 60 : 24), tracks.get(2 * (i % 2))
                    .siteId());
            (i < prescriberCount ? prescribers : clinicians).add(staff);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < clientCount; i++) {
            ClientWeek client = planClient();
            clients.add(client);
            total = total.add(client.minHours());
        }
        this.totalTargetHours = total;
        offerSessions();
        this.offeredSlots = offeredSlots();
    }

    /** The benchmark clinic of issue 4: 300 clients, 25 staff. */
    public static SyntheticWeek benchmarkClinic(long seed) {
        return generate(seed, 300);
    }

    public static SyntheticWeek generate(long seed, int clients) {
        return new SyntheticWeek(seed, clients);
    }

    public WeekProblem problem() {
        return new WeekProblem(WEEK_START, sessions, offeredSlots, clients,
                allStaff().stream().map(Staff::week).toList());
    }

    /** The plan the generator made first: no hard rule broken, every target met. */
    public WeekPlan witness() {
        return WeekPlan.evaluate(problem(), witnessSeats, witnessAppointments);
    }

    public BigDecimal totalTargetHours() {
        return totalTargetHours;
    }

    public int offeredGroupSeats() {
        return sessions.stream().mapToInt(GroupSession::seats).sum();
    }

    // ---- clients and the witness plan --------------------------------------------------------------------------

    private ClientWeek planClient() {
        Track track = tracks.get(random.nextDouble() < 0.6 ? 2 * random.nextInt(2) : 2 * random.nextInt(2) + 1);
        int target = 9 + random.nextInt(4);
        List<DayOfWeek> shuffled = shuffled(WEEKDAYS);
        Set<DayOfWeek> days = EnumSet.copyOf(shuffled.subList(0, 3 + random.nextInt(3)));
        List<TimeSlot> blocked = new ArrayList<>();
        if (random.nextDouble() < (track.part() == DayPart.DAY ? 0.25 : 0.1)) {
            DayOfWeek day = List.copyOf(days).get(random.nextInt(days.size()));
            blocked.add(track.part() == DayPart.DAY
                    ? (random.nextBoolean() ? TimeSlot.of(day, "09:00", 120) : TimeSlot.of(day, "13:00", 180))
                    : TimeSlot.of(day, "17:00", 60));
        }
        Map<AppointmentKind, Integer> due = new EnumMap<>(AppointmentKind.class);
        due.put(AppointmentKind.INDIVIDUAL, 1);
        if (random.nextDouble() < 0.3) {
            due.put(AppointmentKind.FAMILY, 1);
        }
        if (random.nextDouble() < 0.35) {
            due.put(AppointmentKind.MEDICATION_MANAGEMENT, 1);
        }
        BigDecimal appointmentHours = due.entrySet().stream()
                .map(e -> e.getKey().countedHours().multiply(BigDecimal.valueOf(e.getValue())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int groupHours = BigDecimal.valueOf(target).subtract(appointmentHours)
                .setScale(0, java.math.RoundingMode.CEILING).intValueExact();
        // A week that cannot hold the client's hours gets another day: the witness must fit.
        Availability availability = new Availability(days, track.part(), blocked);
        while (blocks(availability).size() < groupHours + due.size() + 1) {
            Set<DayOfWeek> more = EnumSet.copyOf(availability.days());
            shuffled.stream().filter(d -> !more.contains(d)).findFirst().ifPresentOrElse(more::add, blocked::clear);
            availability = new Availability(more, track.part(), blocked);
        }
        UUID clientId = uuid();
        List<TimeSlot> free = spreadOverDays(blocks(availability));
        Set<UUID> therapists = new HashSet<>();
        for (AppointmentKind kind : due.keySet()) {
            bookWitnessAppointment(clientId, track, kind, free, therapists);
        }
        Set<UUID> lastWeek = new HashSet<>();
        boolean continuing = random.nextDouble() < 0.7;
        for (TimeSlot block : free.subList(0, groupHours)) {
            Cell cell = new Cell(track, block.day(), block.start());
            List<UUID> seated = witnessSeatsByCell.computeIfAbsent(cell, c -> new ArrayList<>());
            seated.add(clientId);
            if (continuing && random.nextDouble() < 0.8) {
                lastWeek.add(cell.seriesId((seated.size() - 1) / GROUP_CAP));
            }
        }
        Set<UUID> preferred = random.nextBoolean() ? therapists : Set.of();
        return new ClientWeek(clientId, uuid(), track.siteId(), track.trackId(), BigDecimal.valueOf(target),
                BigDecimal.valueOf(Math.min(target + 2, 19)), availability, due, lastWeek, preferred);
    }

    /** The client's hour blocks, one day after another in turn, so that taking the first n spreads them. */
    private List<TimeSlot> spreadOverDays(List<TimeSlot> blocks) {
        Map<DayOfWeek, List<TimeSlot>> byDay = new EnumMap<>(DayOfWeek.class);
        for (TimeSlot block : shuffled(blocks)) {
            byDay.computeIfAbsent(block.day(), d -> new ArrayList<>()).add(block);
        }
        List<List<TimeSlot>> dayLists = shuffled(new ArrayList<>(byDay.values()));
        List<TimeSlot> spread = new ArrayList<>();
        for (int round = 0; spread.size() < blocks.size(); round++) {
            for (List<TimeSlot> day : dayLists) {
                if (round < day.size()) {
                    spread.add(day.get(round));
                }
            }
        }
        return spread;
    }

    /** Books the appointment in the first of the client's free blocks where a staff member can see them. */
    private void bookWitnessAppointment(UUID clientId, Track track, AppointmentKind kind, List<TimeSlot> free,
            Set<UUID> therapists) {
        boolean medication = kind == AppointmentKind.MEDICATION_MANAGEMENT;
        for (int i = free.size() - 1; i >= 0; i--) {
            TimeSlot block = free.get(i);
            TimeSlot time = new TimeSlot(block.day(), block.start(), medication ? MEDICATION_MINUTES : GROUP_MINUTES);
            List<Staff> candidates = new ArrayList<>(medication ? prescribers : clinicians);
            candidates.sort(Comparator.comparing((Staff s) -> !therapists.contains(s.week().staffId()))
                    .thenComparing(s -> !s.siteId().equals(track.siteId()))
                    .thenComparingInt(Staff::appointmentMinutes));
            long busyClinicians = clinicians.stream().filter(s -> s.busyAt(time)).count();
            for (Staff staff : candidates) {
                boolean leavesFacilitators = medication || busyClinicians < clinicians.size() / 2;
                if (leavesFacilitators && staff.canSee(clientId, time, medication)) {
                    staff.see(clientId, time);
                    witnessAppointments.add(new Appointment(clientId, kind, staff.week().staffId(), time));
                    if (!medication) {
                        therapists.add(staff.week().staffId());
                    }
                    free.remove(i);
                    return;
                }
            }
        }
        throw new IllegalStateException("no staff member can see a client for " + kind.label()
                + ": the synthetic clinic has too few staff for its clients");
    }

    // ---- sessions, facilitators and offered times --------------------------------------------------------------

    private void offerSessions() {
        List<Cell> cells = new ArrayList<>(witnessSeatsByCell.keySet());
        cells.sort(Comparator.comparingInt(Cell::startMinuteOfWeek));
        for (Cell cell : cells) {
            List<UUID> seated = witnessSeatsByCell.get(cell);
            for (int k = 0; k * GROUP_CAP < seated.size(); k++) {
                GroupSession session = newSession(cell, k, facilitatorFor(cell, true));
                for (UUID client : seated.subList(k * GROUP_CAP, Math.min(seated.size(), (k + 1) * GROUP_CAP))) {
                    witnessSeats.add(new GroupSeat(client, session.id()));
                }
            }
        }
        // More sessions where clients could come, weighted by how many could, until the 1.2 ratio is met.
        Map<Cell, Integer> couldCome = new HashMap<>();
        for (ClientWeek client : clients) {
            Track track = tracks.stream().filter(t -> t.trackId().equals(client.trackId())).findFirst().orElseThrow();
            for (TimeSlot block : blocks(client.availability())) {
                couldCome.merge(new Cell(track, block.day(), block.start()), 1, Integer::sum);
            }
        }
        List<Cell> weighted = new ArrayList<>();
        couldCome.forEach((cell, count) -> weighted.addAll(Collections.nCopies(count, cell)));
        weighted.sort(Comparator.comparingInt(Cell::startMinuteOfWeek).thenComparing(c -> c.track().trackId()));
        double wanted = totalTargetHours.doubleValue() * SEATS_PER_TARGET_HOUR;
        for (int attempts = 0; offeredGroupSeats() < wanted && attempts < 10_000; attempts++) {
            Cell cell = weighted.get(random.nextInt(weighted.size()));
            Staff facilitator = facilitatorFor(cell, false);
            if (facilitator != null) {
                long parallel = sessions.stream().filter(s -> s.time().equals(cell.time())
                        && s.trackId().equals(cell.track().trackId())).count();
                newSession(cell, (int) parallel, facilitator);
            }
        }
    }

    private GroupSession newSession(Cell cell, int parallel, Staff facilitator) {
        facilitator.facilitate(cell.time());
        int topic = (cell.day().getValue() * 3 + cell.start().getHour() + parallel) % TOPICS.size();
        GroupSession session = new GroupSession(uuid(), cell.seriesId(parallel), cell.time(), cell.track().siteId(),
                cell.track().trackId(), cell.track().room(parallel), GROUP_CAP, facilitator.week().staffId(),
                TOPICS.get(topic), BigDecimal.ONE.setScale(1));
        sessions.add(session);
        return session;
    }

    /** The least-busy clinician free at the time, home site first; a witness session must have one. */
    private Staff facilitatorFor(Cell cell, boolean required) {
        TimeSlot time = cell.time();
        List<Staff> free = clinicians.stream().filter(s -> !s.busyAt(time)
                && s.totalMinutes() + GROUP_MINUTES <= s.week().maxMinutes()).sorted(Comparator
                .comparing((Staff s) -> !s.siteId().equals(cell.track().siteId()))
                .thenComparingInt(Staff::totalMinutes)).toList();
        if (free.isEmpty() && required) {
            throw new IllegalStateException("no clinician is free to facilitate at " + time.label());
        }
        return free.isEmpty() ? null : free.getFirst();
    }

    private List<AppointmentSlot> offeredSlots() {
        List<AppointmentSlot> slots = new ArrayList<>();
        SplittableRandom offers = new SplittableRandom(sessions.size() * 31L + clients.size());
        for (Staff staff : allStaff()) {
            boolean prescriber = prescribers.contains(staff);
            Set<AppointmentKind> kinds = prescriber ? Set.of(AppointmentKind.MEDICATION_MANAGEMENT)
                    : Set.of(AppointmentKind.INDIVIDUAL, AppointmentKind.FAMILY);
            int minutes = prescriber ? MEDICATION_MINUTES : GROUP_MINUTES;
            for (DayOfWeek day : WEEKDAYS) {
                for (LocalTime start : allStarts()) {
                    TimeSlot time = new TimeSlot(day, start, minutes);
                    boolean witness = staff.seesAt(time);
                    if (witness || (!staff.facilitatesAt(time) && offers.nextDouble() < 0.5)) {
                        slots.add(new AppointmentSlot(staff.week().staffId(), time, kinds));
                    }
                }
            }
        }
        return slots;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static List<TimeSlot> blocks(Availability availability) {
        List<TimeSlot> blocks = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            for (LocalTime start : availability.part() == DayPart.DAY ? DAY_STARTS : EVENING_STARTS) {
                TimeSlot block = new TimeSlot(day, start, GROUP_MINUTES);
                if (availability.allows(block)) {
                    blocks.add(block);
                }
            }
        }
        return blocks;
    }

    private static List<LocalTime> allStarts() {
        List<LocalTime> starts = new ArrayList<>(DAY_STARTS);
        starts.addAll(EVENING_STARTS);
        return starts;
    }

    private static List<LocalTime> hours(int first, int last) {
        List<LocalTime> starts = new ArrayList<>();
        for (int hour = first; hour <= last; hour++) {
            starts.add(LocalTime.of(hour, 0));
        }
        return List.copyOf(starts);
    }

    private List<Staff> allStaff() {
        List<Staff> all = new ArrayList<>(prescribers);
        all.addAll(clinicians);
        return all;
    }

    private <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy;
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** A track with its rooms: room k of the site holds the k-th parallel session (rooms hold 12). */
    private record Track(UUID siteId, UUID trackId, DayPart part) {
        UUID room(int parallel) {
            return UUID.nameUUIDFromBytes((siteId + "/room/" + parallel).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** One hour of one track's week; the k-th session in it belongs to series k of that hour. */
    private record Cell(Track track, DayOfWeek day, LocalTime start) {
        TimeSlot time() {
            return new TimeSlot(day, start, GROUP_MINUTES);
        }

        int startMinuteOfWeek() {
            return time().startMinuteOfWeek();
        }

        UUID seriesId(int parallel) {
            return UUID.nameUUIDFromBytes((track.trackId() + "/" + day + "/" + start + "/" + parallel)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** A staff member's week as the generator fills it. */
    private static final class Staff {
        private final StaffWeek week;
        private final UUID siteId;
        private final List<TimeSlot> facilitating = new ArrayList<>();
        private final List<TimeSlot> seeing = new ArrayList<>();
        private final Set<UUID> caseload = new HashSet<>();

        Staff(StaffWeek week, UUID siteId) {
            this.week = week;
            this.siteId = siteId;
        }

        StaffWeek week() {
            return week;
        }

        UUID siteId() {
            return siteId;
        }

        boolean busyAt(TimeSlot time) {
            return facilitatesAt(time) || seesAt(time);
        }

        boolean facilitatesAt(TimeSlot time) {
            return facilitating.stream().anyMatch(time::overlaps);
        }

        boolean seesAt(TimeSlot time) {
            return seeing.stream().anyMatch(time::overlaps);
        }

        int appointmentMinutes() {
            return seeing.stream().mapToInt(TimeSlot::minutes).sum();
        }

        int totalMinutes() {
            return appointmentMinutes() + facilitating.size() * GROUP_MINUTES;
        }

        boolean canSee(UUID client, TimeSlot time, boolean prescriber) {
            int budget = prescriber ? week.maxMinutes() : week.maxMinutes() - GROUP_RESERVE_MINUTES;
            return !busyAt(time) && appointmentMinutes() + time.minutes() <= budget
                    && (caseload.contains(client) || caseload.size() < week.maxAppointmentClients());
        }

        void see(UUID client, TimeSlot time) {
            seeing.add(time);
            caseload.add(client);
        }

        void facilitate(TimeSlot time) {
            facilitating.add(time);
        }
    }
}
