package org.stepwise.notes;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.attendance.RosterLine;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ChartDecision;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.notes.internal.GroupNoteRow;
import org.stepwise.notes.internal.GroupNoteStore;
import org.stepwise.notes.internal.GroupRoster;
import org.stepwise.notes.internal.NoteRow;
import org.stepwise.notes.internal.NoteStore;
import org.stepwise.notes.internal.Part2Lookup;
import org.stepwise.notes.internal.Signer;
import org.stepwise.notes.rules.GroupNoteRules;
import org.stepwise.scheduling.Bookings;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;

/**
 * A group note on one screen: the shared text written once, an entry per attending client filed into that client's
 * chart as their own note (kind GROUP), saved as a draft for the whole group in one transaction under the group note's
 * version, and signed all at once. Who may write it: the session's facilitator, or a clinician on the care team of a
 * client who attended.
 */
@Service
public class GroupNotes {

    private final Schedule schedule;
    private final GroupRoster rosters;
    private final GroupNoteStore groups;
    private final NoteStore notes;
    private final Part2Lookup part2;
    private final Signer signer;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    GroupNotes(Schedule schedule, GroupRoster rosters, GroupNoteStore groups, NoteStore notes, Part2Lookup part2,
            Signer signer, ChartAccess chartAccess, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.schedule = schedule;
        this.rosters = rosters;
        this.groups = groups;
        this.notes = notes;
        this.part2 = part2;
        this.signer = signer;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The screen: saved entries, or entries prefilled from attendance and the plan (participation active, the first
     * of the client's active objectives). Audited per client listed.
     *
     * @throws InvalidRequestException not a group session
     * @throws AccessDeniedException neither the facilitator nor on an attendee's care team
     */
    @Transactional
    public GroupNoteSheet sheet(SessionId id) {
        SessionView session = groupSession(id);
        GroupRoster.Split split = rosters.of(id);
        requireWriter(session, split);
        Optional<GroupNoteRow> saved = groups.ofSession(id.value());
        Map<ClientId, NoteRow> entries = saved.map(g -> byClient(notes.ofGroupNote(g.id()))).orElse(Map.of());
        List<GroupNoteSheet.Row> rows = new ArrayList<>();
        for (RosterLine line : split.attending()) {
            NoteRow entry = entries.get(line.client());
            var objectives = split.objectives().getOrDefault(line.client(), List.of());
            GroupNoteInput.Entry shown = entry != null ? entryOf(entry)
                    : new GroupNoteInput.Entry(GroupChoices.Participation.ACTIVE.name(), "", "",
                            objectives.isEmpty() ? null : objectives.getFirst().id(), "", "", "");
            rows.add(new GroupNoteSheet.Row(line.client(), line.episode(), line.displayName(), line.recordNumber(),
                    Objects.requireNonNull(line.record()), objectives, shown, entry == null ? null : entry.id(),
                    entry == null ? null : entry.status()));
            audit.record(AuditAction.VIEW, line.client(), "group note", Bookings.describe(session));
        }
        return new GroupNoteSheet(session, saved.map(g -> new GroupNoteSheet.Saved(g.id(), g.version(),
                g.authorName(), g.updatedAt(), g.signedAt())).orElse(null),
                saved.map(GroupNoteRow::topic).orElse(session.title()),
                saved.map(GroupNoteRow::interventions).orElse(""), saved.map(GroupNoteRow::summary).orElse(""),
                rows, split.absent(), split.notCheckedIn());
    }

    /**
     * Saves the whole group as a draft in one transaction.
     *
     * @throws InvalidRequestException naming each field to fix
     * @throws ConflictException signed already, or saved by someone else since {@code input.version()}
     */
    @Transactional
    public GroupNoteSheet save(SessionId id, GroupNoteInput input) {
        write(id, input, false);
        return sheet(id);
    }

    /**
     * Saves the group and signs every attending client's entry at once. Sending the same signed content again
     * changes nothing.
     *
     * @throws InvalidRequestException an incomplete entry or shared text (each field named)
     * @throws ConflictException signed with other content, or saved by someone else since {@code input.version()}
     */
    @Transactional
    public List<NoteSigned> signAll(SessionId id, GroupNoteInput input) {
        return write(id, input, true);
    }

    private List<NoteSigned> write(SessionId id, GroupNoteInput input, boolean toSign) {
        SessionView session = groupSession(id);
        GroupRoster.Split split = rosters.of(id);
        StepwiseUser user = requireWriter(session, split);
        Map<ClientId, RosterLine> attending = split.attendingByClient();
        Map<ClientId, List<UUID>> objectiveIds = new HashMap<>();
        split.objectives().forEach((client, list) -> objectiveIds.put(client, list.stream()
                .map(org.stepwise.careplan.PlanObjective::id).toList()));
        Optional<GroupNoteRow> signedAlready = groups.ofSession(id.value()).filter(GroupNoteRow::signed);
        if (signedAlready.isPresent()) {
            // Locked: say so before anything about the fields, which cannot change anyway.
            return repeatOrRefuse(signedAlready.get(), input, attending, toSign);
        }
        Map<String, String> problems = GroupNoteRules.problems(input, toSign, objectiveIds, attending.keySet());
        if (toSign && !session.startsAt().isBefore(clock.instant())) {
            problems.put("form", "The group has not started yet: sign its note once it has taken place.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Some entries need attention: " + String.join(" ", new
                    java.util.LinkedHashSet<>(problems.values())), problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        GroupNoteRow group = lockedGroup(session, input, user, now);
        if (toSign && !group.author().equals(user.staffId())) {
            throw new AccessDeniedException("Only " + group.authorName() + ", who wrote this group's note, can sign it.");
        }
        if (group.signed()) {
            return repeatOrRefuse(group, input, attending, toSign);
        }
        if (!groups.update(group.id(), group.version(), input.topic().strip(), input.interventions().strip(),
                input.summary().strip(), now)) {
            throw new ConflictException("Someone else saved this group's note at the same moment; nothing was saved.");
        }
        Map<ClientId, NoteRow> existing = byClient(notes.ofGroupNote(group.id()));
        for (NoteRow stale : existing.values()) {
            if (!attending.containsKey(stale.client()) && stale.status() == NoteStatus.DRAFT) {
                notes.deleteDraft(stale.id()); // attendance corrected to absent since: no note for them
                audit.record(AuditAction.DELETE, stale.client(), "group note entry", "no longer attending");
            }
        }
        Map<EpisodeId, Boolean> part2s = part2.of(input.entries().keySet().stream()
                .filter(client -> !existing.containsKey(client)).map(client -> attending.get(client).episode())
                .toList());
        List<NoteRow> drafts = new ArrayList<>();
        for (var e : input.entries().entrySet()) {
            RosterLine line = attending.get(e.getKey());
            NoteRow before = existing.get(e.getKey());
            Map<String, String> sections = sections(e.getValue(), line);
            if (before == null) {
                NoteRow fresh = new NoteRow(NoteId.random(), line.client(), line.episode(), NoteKind.GROUP,
                        NoteFormat.GROUP_ENTRY, sections, session.id().value(), group.id(), e.getValue().objective(),
                        session.day(), session.endsAt(), user.staffId(), user.displayName(), NoteStatus.DRAFT,
                        part2s.get(line.episode()), false, false, null, now, now, null, 0, null);
                notes.insertDraft(fresh);
                audit.record(AuditAction.CREATE, line.client(), "group note entry", Bookings.describe(session));
            } else if (!before.sections().equals(sections)
                    || !Objects.equals(before.objective(), e.getValue().objective())) {
                notes.updateDraft(before.id(), null, sections, e.getValue().objective(), now);
                audit.record(AuditAction.UPDATE, line.client(), "group note entry", Bookings.describe(session));
            }
        }
        if (!toSign) {
            return List.of();
        }
        drafts.addAll(notes.ofGroupNote(group.id()));
        groups.markSigned(group.id(), now);
        Signer.Standing standing = signer.standingOf(user);
        return drafts.stream().map(draft -> signer.signAsAuthor(draft, user, standing, now)).toList();
    }

    private GroupNoteRow lockedGroup(SessionView session, GroupNoteInput input, StepwiseUser user, Instant now) {
        Optional<GroupNoteRow> current = groups.lockOfSession(session.id().value());
        if (current.isEmpty()) {
            if (!groups.insert(UUID.randomUUID(), session.id().value(), input.topic().strip(), "", "", user.staffId(),
                    now)) {
                throw new ConflictException("Someone else started this group's note at the same moment; open it "
                        + "again to see theirs. Nothing was saved.");
            }
            return groups.lockOfSession(session.id().value()).orElseThrow();
        }
        GroupNoteRow group = current.get();
        if (!group.signed() && (input.version() == null || input.version() != group.version())) {
            throw new ConflictException(group.authorName() + " saved this group's note after you opened it (now "
                    + "version " + group.version() + "). Their version is shown; nothing of yours was saved.");
        }
        return group;
    }

    /** A signed group: "Sign all" again with exactly the signed content is a repeat; anything else is refused. */
    private List<NoteSigned> repeatOrRefuse(GroupNoteRow group, GroupNoteInput input,
            Map<ClientId, RosterLine> attending, boolean toSign) {
        if (toSign && sameAsSigned(group, input, attending)) {
            return List.of();
        }
        throw new ConflictException("This group's note was signed on " + group.signedAt() + " by "
                + group.authorName() + " and cannot be changed; add an addendum to a client's note instead.");
    }

    /** The same content as was signed: a repeated "Sign all". */
    private boolean sameAsSigned(GroupNoteRow group, GroupNoteInput input, Map<ClientId, RosterLine> attending) {
        if (!group.topic().equals(input.topic().strip()) || !group.interventions().equals(input.interventions().strip())
                || !group.summary().equals(input.summary().strip())) {
            return false;
        }
        Map<ClientId, NoteRow> signed = byClient(notes.ofGroupNote(group.id()));
        return input.entries().entrySet().stream().allMatch(e -> {
            NoteRow note = signed.get(e.getKey());
            return note != null && note.sections().equals(sections(e.getValue(), attending.get(e.getKey())))
                    && Objects.equals(note.objective(), e.getValue().objective());
        });
    }

    private SessionView groupSession(SessionId id) {
        SessionView session = schedule.get(id);
        if (!session.category().isGroup()) {
            throw new InvalidRequestException(Bookings.describe(session) + " is not a group: its note is written "
                    + "as an individual note.");
        }
        if (session.cancelled()) {
            throw new InvalidRequestException(Bookings.describe(session) + " was cancelled: there is no note to write.");
        }
        return session;
    }

    private StepwiseUser requireWriter(SessionView session, GroupRoster.Split split) {
        StepwiseUser user = currentUser.require();
        if (user.staffId().equals(session.facilitator()) || split.attending().stream()
                .anyMatch(line -> chartAccess.decide(line.client()) == ChartDecision.CARE_TEAM)) {
            return user;
        }
        throw new AccessDeniedException("Only the group's facilitator or a clinician on the care team of a client "
                + "who attended writes this group's note.");
    }

    /** What an entry stores: the attendance as it stood, then the entry's own fields (blanks kept, for the draft). */
    static Map<String, String> sections(GroupNoteInput.Entry entry, RosterLine line) {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("attendance", Objects.requireNonNull(line.record()).describe());
        sections.put("participation", entry.participation().strip());
        sections.put("presentation", entry.presentation().strip());
        sections.put("presentationNote", entry.presentationNote().strip());
        sections.put("progress", entry.progress().strip());
        sections.put("risk", entry.risk().strip());
        sections.put("riskNote", entry.riskNote().strip());
        return sections;
    }

    static GroupNoteInput.Entry entryOf(NoteRow note) {
        Map<String, String> s = note.sections();
        return new GroupNoteInput.Entry(s.getOrDefault("participation", ""), s.getOrDefault("presentation", ""),
                s.getOrDefault("presentationNote", ""), note.objective(), s.getOrDefault("progress", ""),
                s.getOrDefault("risk", ""), s.getOrDefault("riskNote", ""));
    }

    private static Map<ClientId, NoteRow> byClient(List<NoteRow> rows) {
        return rows.stream().collect(Collectors.toMap(NoteRow::client, r -> r, (a, b) -> a, LinkedHashMap::new));
    }
}
