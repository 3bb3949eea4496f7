package org.stepwise.alumni;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.alumni.internal.AlumniGroupStore;
import org.stepwise.alumni.internal.AlumniMemberStore;
import org.stepwise.alumni.internal.MemberRow;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.ClientDischarged;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.ProgramId;
import org.stepwise.staff.Organisation;

/**
 * The program's alumni roster: who joins (on discharge by {@link AlumniJoinRule}, or by hand), who left, who may be
 * contacted, and the list staff with FOLLOW_UP read (every program; each client listed is a VIEW audit row, and the
 * name links to the chart only for those who may open it).
 */
@Service
public class AlumniRoster {

    /** "Groups attended in the last 90 days" looks back this far, today included. */
    public static final int RECENT_DAYS = 90;

    private final AlumniMemberStore members;
    private final AlumniGroupStore groups;
    private final EpisodeRecords episodes;
    private final ClientRegistry registry;
    private final ChartAccess chartAccess;
    private final Organisation organisation;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AlumniRoster(AlumniMemberStore members, AlumniGroupStore groups, EpisodeRecords episodes, ClientRegistry registry,
            ChartAccess chartAccess, Organisation organisation, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.members = members;
        this.groups = groups;
        this.episodes = episodes;
        this.registry = registry;
        this.chartAccess = chartAccess;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The roster, most recently discharged first; one VIEW audit row per client listed. */
    @Transactional
    public List<Alumnus> list(AlumniFilter filter) {
        List<MemberRow> rows = members.list(filter);
        Lookups lookups = new Lookups(rows);
        List<Alumnus> alumni = rows.stream().map(lookups::view).toList();
        alumni.forEach(a -> audit.record(AuditAction.VIEW, a.client(), "alumni roster", a.programName()));
        return alumni;
    }

    /**
     * Adds a former client by hand to the roster of the program of their last discharged episode, whatever its type.
     * Adding someone already active changes nothing; someone who left becomes active again.
     *
     * @throws InvalidRequestException the client is in treatment now, or was never discharged
     * @throws NotFoundException no such client
     */
    @Transactional
    public Alumnus add(ClientId client, boolean mayContact) {
        registry.find(client).orElseThrow(() -> new NotFoundException("There is no such client."));
        List<EpisodeFacts> history = episodes.factsOf(client);
        if (history.stream().anyMatch(e -> e.status() == EpisodeStatus.ADMITTED)) {
            throw InvalidRequestException.forField("client", "This client is in treatment now: they join the alumni "
                    + "when they are discharged.");
        }
        EpisodeId last = history.stream().filter(e -> e.status() == EpisodeStatus.DISCHARGED).map(EpisodeFacts::id)
                .findFirst().orElseThrow(() -> InvalidRequestException.forField("client", "This client was never "
                        + "discharged from the program, so they are not a former client."));
        EpisodeView episode = episodes.forRules(last).orElseThrow();
        EpisodeView.Discharge discharge = java.util.Objects.requireNonNull(episode.discharge());
        var existing = members.find(client, episode.program());
        if (existing.isPresent() && existing.get().status() == AlumnusStatus.ACTIVE) {
            return get(existing.get().id());
        }
        AlumnusId id = members.addByHand(new AlumniMemberStore.Join(client, episode.program(), last, discharge.type(),
                discharge.dischargedOn(), LocalDate.now(clock), true, mayContact, currentUser.require().username(),
                now()));
        audit.record(AuditAction.CREATE, client, "alumni roster", "added by hand to the alumni of "
                + episode.programName());
        return get(id);
    }

    /**
     * Marks an alumnus as having left the roster. Sending it again changes nothing.
     *
     * @throws InvalidRequestException no reason, or one too short or long
     * @throws ConflictException someone changed the row since {@code version}
     */
    @Transactional
    public Alumnus markLeft(AlumnusId id, int version, @org.jspecify.annotations.Nullable String reason) {
        MemberRow row = members.find(id).orElseThrow(() -> new NotFoundException("There is no such alumnus."));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 300) {
            throw InvalidRequestException.forField("reason", "Say in 3 to 300 characters why they left the alumni.");
        }
        if (row.status() == AlumnusStatus.LEFT && why.equals(row.leftReason())) {
            return get(id);
        }
        if (row.version() != version || !members.markLeft(id, version, why, LocalDate.now(clock))) {
            throw new ConflictException("Someone else changed this alumnus after you opened the roster (version "
                    + row.version() + "). Open it again; nothing was saved.");
        }
        audit.record(AuditAction.UPDATE, row.client(), "alumni roster", "left the alumni: " + why);
        return get(id);
    }

    /**
     * Records whether the alumnus agreed to be contacted about alumni groups. The same answer again changes nothing.
     *
     * @throws ConflictException someone changed the row since {@code version}
     */
    @Transactional
    public Alumnus setMayContact(AlumnusId id, int version, boolean mayContact) {
        MemberRow row = members.find(id).orElseThrow(() -> new NotFoundException("There is no such alumnus."));
        if (row.mayContact() == mayContact) {
            return get(id);
        }
        if (row.version() != version || !members.setMayContact(id, version, mayContact)) {
            throw new ConflictException("Someone else changed this alumnus after you opened the roster (version "
                    + row.version() + "). Open it again; nothing was saved.");
        }
        audit.record(AuditAction.UPDATE, row.client(), "alumni roster", mayContact ? "may be contacted"
                : "may not be contacted");
        return get(id);
    }

    /**
     * Issue 7: a discharge as COMPLETED or STEPPED_DOWN puts the client on the program's roster (run as the system by
     * the module's listener). The same event again changes nothing. Returns whether the roster changed.
     */
    @Transactional
    public boolean joinOnDischarge(ClientDischarged discharged) {
        if (!AlumniJoinRule.joinsOnDischarge(discharged.type())) {
            return false;
        }
        ClientId client = new ClientId(discharged.clientId());
        boolean changed = members.joinOnDischarge(new AlumniMemberStore.Join(client,
                new ProgramId(discharged.programId()), new EpisodeId(discharged.episodeId()), discharged.type(),
                discharged.dischargedOn(), discharged.dischargedOn(), false, false, "system", now()));
        if (changed) {
            audit.recordAs("system", "", AuditAction.CREATE, client, "alumni roster", "joined on discharge ("
                    + discharged.type().label() + " on " + discharged.dischargedOn() + ")");
        }
        return changed;
    }

    /** One alumnus, not audited: for the answers of the changes above, which audit themselves. */
    private Alumnus get(AlumnusId id) {
        MemberRow row = members.find(id).orElseThrow(() -> new NotFoundException("There is no such alumnus."));
        return new Lookups(List.of(row)).view(row);
    }

    /** Active alumni on the program's roster. Not audited: a count names nobody. */
    @Transactional(readOnly = true)
    public int activeCount(ProgramId program) {
        return members.countActive(program);
    }

    /** Whether the client is an active member of the program's roster. Not audited: it names nobody to anyone. */
    @Transactional(readOnly = true)
    public boolean isActive(ClientId client, ProgramId program) {
        return members.find(client, program).filter(m -> m.status() == AlumnusStatus.ACTIVE).isPresent();
    }

    /** The active members of a program's roster, unaudited: for the check-in roster, which audits what it shows. */
    @Transactional(readOnly = true)
    public List<ClientId> activeClients(ProgramId program) {
        return members.list(new AlumniFilter(program, true)).stream().map(MemberRow::client).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** What a page of rows needs besides the rows, each read once. */
    private final class Lookups {

        private final Map<ClientId, ClientSummary> summaries;
        private final Map<ProgramId, String> programNames = new HashMap<>();
        private final Map<ProgramId, Map<UUID, AlumniGroupStore.Attended>> attended = new HashMap<>();
        private final LocalDate since = LocalDate.now(clock).minusDays(RECENT_DAYS - 1);

        Lookups(List<MemberRow> rows) {
            summaries = registry.findAll(rows.stream().map(MemberRow::client).distinct().toList());
        }

        Alumnus view(MemberRow r) {
            ClientSummary s = summaries.get(r.client());
            String programName = programNames.computeIfAbsent(r.program(), p -> organisation.program(p).name());
            AlumniGroupStore.Attended came = attended
                    .computeIfAbsent(r.program(), p -> groups.attendedByClient(p, since)).get(r.client().value());
            return new Alumnus(r.id(), r.client(), s == null ? "(record deleted)" : s.displayName(),
                    s == null ? "—" : s.recordNumber(), r.program(), programName, r.sourceEpisode(), r.dischargeType(),
                    r.dischargedOn(), r.joinedOn(), r.joinedByHand(), r.status(), r.leftReason(), r.leftOn(),
                    r.mayContact(), came == null ? null : came.last(), came == null ? 0 : came.recent(),
                    s != null && chartAccess.decide(r.client()).allowed(), r.version());
        }
    }
}
