package org.stepwise.alumni;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.alumni.internal.AlumniGroupStore;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.scheduling.NewSession;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionPlanning;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ProgramId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Program;
import org.stepwise.staff.Role;
import org.stepwise.staff.Room;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Weekly alumni groups on the schedule: sessions of the ALUMNI type (which counts toward no IOP hours) at the program's
 * site, without a track (alumni belong to no track), put there through {@link SessionPlanning}. Which program each
 * session is for is this module's record.
 */
@Service
public class AlumniGroups {

    /** The session type of alumni groups (V110). */
    public static final String SESSION_TYPE = "ALUMNI";
    /** At most this many weeks at once: half a year, then again. */
    public static final int MAX_WEEKS = 26;
    /** Who may facilitate an alumni group: the roles that facilitate sessions in scheduling. */
    public static final Set<Role> FACILITATORS = EnumSet.of(Role.CLINICIAN, Role.PRESCRIBER, Role.NURSE,
            Role.CASE_MANAGER, Role.PROGRAM_DIRECTOR);

    /** What scheduling did: the sessions made and the days that already had one. */
    public record Scheduled(ProgramId program, List<SessionId> created, List<LocalDate> alreadyThere) {}

    private final AlumniGroupStore groups;
    private final SessionPlanning planning;
    private final Schedule schedule;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AlumniGroups(AlumniGroupStore groups, SessionPlanning planning, Schedule schedule, Organisation organisation,
            StaffDirectory staff, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.groups = groups;
        this.planning = planning;
        this.schedule = schedule;
        this.organisation = organisation;
        this.staff = staff;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Puts the group on the schedule on its weekday for {@code weeks} weeks from the first day. Asking again (a double
     * click, or more weeks later) adds only the days the group has no session on yet.
     *
     * @throws InvalidRequestException naming each field to fix; nothing is saved
     */
    @Transactional
    public Scheduled schedule(AlumniGroupRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        Program program = null;
        if (request.program() == null) {
            problems.put("program", "Choose the program whose alumni meet.");
        } else {
            try {
                program = organisation.program(request.program());
            } catch (NotFoundException e) {
                problems.put("program", "There is no such program.");
            }
        }
        if (request.weekday() == null || request.weekday() < 1 || request.weekday() > 7) {
            problems.put("weekday", "Choose the day of the week the group meets.");
        }
        if (request.startsAt() == null) {
            problems.put("startsAt", "Enter the time the group starts, like 18:00.");
        }
        if (request.weeks() == null || request.weeks() < 1 || request.weeks() > MAX_WEEKS) {
            problems.put("weeks", "Enter how many weeks to schedule, 1 to " + MAX_WEEKS + ".");
        }
        facilitatorProblem(request).ifPresent(p -> problems.put("facilitator", p));
        if (request.room() != null && program != null) {
            try {
                Room room = organisation.room(request.room());
                if (!room.site().equals(program.site())) {
                    problems.put("room", room.name() + " is at another site than the program.");
                }
            } catch (NotFoundException e) {
                problems.put("room", "There is no such room.");
            }
        }
        LocalDate today = program == null ? LocalDate.now(clock) : LocalDate.now(clock.withZone(zone(program)));
        LocalDate first = request.firstDay() == null ? today : request.firstDay();
        if (first.isBefore(today) || first.isAfter(today.plusYears(1))) {
            problems.put("firstDay", "Start from today or a day within the coming year.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Nothing was scheduled: " + String.join(" ", problems.values()), problems);
        }
        Program p = java.util.Objects.requireNonNull(program);
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(request.weekday())));
        for (int i = 0; i < request.weeks(); i++) {
            days.add(day.plusWeeks(i));
        }
        String by = currentUser.require().username();
        UUID group = groups.lockGroup(p.id(), p.site().value(), request.weekday(), request.startsAt(),
                request.room() == null ? null : request.room().value(), request.facilitator().value(), by,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        Set<LocalDate> there = groups.daysScheduled(group, days);
        List<LocalDate> missing = days.stream().filter(d -> !there.contains(d)).toList();
        // One call for every new day: scheduling looks the session type and the site up once, not once a week.
        List<SessionId> created = planning.createAll(missing.stream()
                .map(d -> new NewSession(SESSION_TYPE, p.site(), null, null, request.room(), request.facilitator(),
                        "Alumni group — " + p.name(), d.atTime(request.startsAt()), null, null))
                .toList());
        for (int i = 0; i < created.size(); i++) {
            groups.addSession(created.get(i), group, p.id(), missing.get(i));
        }
        if (!created.isEmpty()) {
            audit.record(AuditAction.CREATE, null, "alumni group " + p.name(), created.size() + " session(s) on "
                    + DayOfWeek.of(request.weekday()) + " at " + request.startsAt() + " from " + days.getFirst());
        }
        return new Scheduled(p.id(), created, days.stream().filter(there::contains).toList());
    }

    /** Alumni sessions from {@code from} to {@code to} (both included), of one program or all, in start order. */
    @Transactional(readOnly = true)
    public List<AlumniSession> between(LocalDate from, LocalDate to, @Nullable ProgramId program) {
        List<AlumniGroupStore.AlumniSession> found = groups.between(from, to, program);
        Map<SessionId, ProgramId> programs = new HashMap<>();
        found.forEach(s -> programs.put(s.session(), s.program()));
        Map<ProgramId, String> names = new HashMap<>();
        return schedule.findAll(programs.keySet()).stream()
                .map(s -> new AlumniSession(s, programs.get(s.id()), names.computeIfAbsent(programs.get(s.id()),
                        id -> organisation.program(id).name())))
                .toList();
    }

    /** The alumni sessions that fall today at their own site, in start order. */
    @Transactional(readOnly = true)
    public List<AlumniSession> today() {
        LocalDate around = LocalDate.now(clock);
        return between(around.minusDays(1), around.plusDays(1), null).stream()
                .filter(s -> s.session().day().equals(LocalDate.now(clock.withZone(
                        ZoneId.of(s.session().siteTimezone())))))
                .toList();
    }

    /**
     * One alumni session.
     *
     * @throws NotFoundException the session is not an alumni group's
     */
    @Transactional(readOnly = true)
    public AlumniSession get(SessionId id) {
        AlumniGroupStore.AlumniSession found = groups.find(id)
                .orElseThrow(() -> new NotFoundException("There is no such alumni group session."));
        SessionView session = schedule.get(id);
        return new AlumniSession(session, found.program(), organisation.program(found.program()).name());
    }

    private ZoneId zone(Program program) {
        return ZoneId.of(organisation.site(program.site()).timeZone());
    }

    private Optional<String> facilitatorProblem(AlumniGroupRequest request) {
        if (request.facilitator() == null) {
            return Optional.of("Choose who facilitates the group.");
        }
        Optional<StaffMember> member = staff.byId(request.facilitator());
        if (member.isEmpty()) {
            return Optional.of("There is no such staff member.");
        }
        if (!member.get().active()) {
            return Optional.of(member.get().displayName() + "'s account is deactivated.");
        }
        if (!FACILITATORS.contains(member.get().role())) {
            return Optional.of(member.get().displayName() + " does not facilitate groups.");
        }
        return Optional.empty();
    }
}
