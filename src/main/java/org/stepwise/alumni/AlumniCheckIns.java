package org.stepwise.alumni;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.alumni.internal.AlumniAttendanceStore;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;

/**
 * Who came to an alumni session: the program's active roster with a "came" answer per client, recorded by the front
 * desk or the facilitator. Kept apart from the IOP's attendance (alumni hold no admitted episode) and counted toward no
 * weekly hours. Each list read writes a VIEW audit row per client; each change a CREATE or UPDATE.
 */
@Service
public class AlumniCheckIns {

    private final AlumniGroups groups;
    private final AlumniRoster roster;
    private final AlumniAttendanceStore store;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AlumniCheckIns(AlumniGroups groups, AlumniRoster roster, AlumniAttendanceStore store, ClientRegistry registry,
            CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.groups = groups;
        this.roster = roster;
        this.store = store;
        this.registry = registry;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The session's check-in list: the program's active alumni and anyone already recorded, by name.
     *
     * @throws org.stepwise.shared.NotFoundException the session is not an alumni group's
     */
    @Transactional
    public AlumniSessionRoster roster(SessionId id) {
        AlumniSession session = groups.get(id);
        Map<ClientId, AlumniAttendanceRecord> records = store.forSession(id).stream()
                .collect(Collectors.toMap(AlumniAttendanceRecord::client, Function.identity()));
        Set<ClientId> clients = new LinkedHashSet<>(roster.activeClients(session.program()));
        clients.addAll(records.keySet());
        Map<ClientId, ClientSummary> summaries = registry.findAll(clients);
        List<AlumniCheckIn> lines = new ArrayList<>();
        for (ClientId client : clients) {
            ClientSummary s = summaries.get(client);
            if (s != null) {
                lines.add(new AlumniCheckIn(client, s.displayName(), s.recordNumber(), records.get(client)));
            }
        }
        lines.sort(Comparator.comparing(AlumniCheckIn::name, String.CASE_INSENSITIVE_ORDER));
        String what = describe(session.session());
        lines.forEach(line -> audit.record(AuditAction.VIEW, line.client(), "alumni check-in", what));
        return new AlumniSessionRoster(session, lines);
    }

    /**
     * Records whether the client came. The same answer again changes nothing (a double click, a retried request);
     * changing an answer needs the version read, so that nobody overwrites a colleague's answer unseen.
     *
     * @throws InvalidRequestException no answer; the client is not on the program's alumni roster; the session is
     *     cancelled or still to come
     * @throws ConflictException a different answer was recorded since (or without) the version sent
     */
    @Transactional
    public AlumniAttendanceOutcome record(SessionId id, @Nullable ClientId client, @Nullable Boolean attended,
            @Nullable Integer version) {
        AlumniSession session = groups.get(id);
        if (client == null) {
            throw InvalidRequestException.forField("client", "Choose the alumnus.");
        }
        if (attended == null) {
            throw InvalidRequestException.forField("attended", "Say whether the alumnus came.");
        }
        SessionView s = session.session();
        if (s.cancelled()) {
            throw InvalidRequestException.forField("session", "This alumni group was cancelled: nobody can attend it.");
        }
        if (s.day().isAfter(LocalDate.now(clock.withZone(ZoneId.of(s.siteTimezone()))))) {
            throw InvalidRequestException.forField("session", "This alumni group is still to come: record who came "
                    + "on the day.");
        }
        Optional<AlumniAttendanceRecord> current = store.lock(id, client);
        if (current.isEmpty() && !roster.isActive(client, session.program())) {
            throw InvalidRequestException.forField("client", "This client is not on the alumni roster of "
                    + session.programName() + ".");
        }
        String by = currentUser.require().username();
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String what = describe(s);
        if (current.isEmpty()) {
            if (store.insert(id, client, attended, by, now)) {
                audit.record(AuditAction.CREATE, client, "alumni attendance", what + ": " + (attended ? "came" : "did not come"));
                return new AlumniAttendanceOutcome(store.lock(id, client).orElseThrow(),
                        AlumniAttendanceOutcome.Change.RECORDED);
            }
            current = store.lock(id, client); // someone else's first answer came in between
        }
        AlumniAttendanceRecord before = current.orElseThrow();
        if (before.attended() == attended) {
            return new AlumniAttendanceOutcome(before, AlumniAttendanceOutcome.Change.UNCHANGED);
        }
        if (version == null || version != before.version()) {
            throw new ConflictException(before.recordedBy() + " recorded that this alumnus "
                    + (before.attended() ? "came" : "did not come") + " (version " + before.version()
                    + "). Check with them, then change it from the list as it stands now; nothing was saved.");
        }
        store.update(id, client, attended, by, now);
        audit.record(AuditAction.UPDATE, client, "alumni attendance", what + ": " + (attended ? "came" : "did not come"));
        return new AlumniAttendanceOutcome(store.lock(id, client).orElseThrow(), AlumniAttendanceOutcome.Change.CORRECTED);
    }

    private static String describe(SessionView s) {
        return s.title() + " on " + s.day() + " at " + s.startTime();
    }
}
