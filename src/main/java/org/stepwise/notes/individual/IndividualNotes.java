package org.stepwise.notes.individual;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Individual, family and medication-management notes as their author writes them: the new note's form (template and
 * carried-forward plan), the draft, and its edits under an optimistic version. Every call checks chart access and
 * writes its audit row in the same transaction. Only drafts change here: a signed note is refused with
 * {@link NoteSignedException} before the database's own triggers would refuse it.
 */
@Service
public class IndividualNotes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final IndividualNoteStore store;
    private final NoteContexts contexts;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final Clock clock;

    IndividualNotes(IndividualNoteStore store, NoteContexts contexts, ChartAccess chartAccess, AuditLog audit,
            CurrentUser currentUser, StaffDirectory staff, Clock clock) {
        this.store = store;
        this.contexts = contexts;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.staff = staff;
        this.clock = clock;
    }

    /** The client's note of this session, if one was started already (its form opens that draft instead). */
    @Transactional(readOnly = true)
    public Optional<UUID> noteOfSession(ClientId client, UUID session) {
        chartAccess.require(client);
        return store.noteOfSession(client, session);
    }

    /** A new note's form: the template's starting text, and the plan carried forward from the last signed note. */
    @Transactional
    public NoteStart start(ClientId client, @Nullable String kind, @Nullable UUID sessionId) {
        chartAccess.require(client);
        SessionView session = sessionId == null ? null : contexts.session(client, sessionId);
        NoteKind noteKind = contexts.kind(kind, session);
        requireMayWrite(noteKind);
        EpisodeView episode = contexts.episodeFor(client);
        NoteLayout layout = contexts.layout(noteKind, episode);
        NoteContext context = contexts.context(client, episode, noteKind, layout, session);
        Map<String, IndividualNoteStore.SectionTemplate> template = contexts.template(noteKind, layout, session);
        Map<String, String> sections = new LinkedHashMap<>();
        layout.sections().forEach(s -> sections.put(s, template.containsKey(s) ? template.get(s).defaultText() : ""));
        NoteStart.CarriedForward carried = store.lastPlan(client).map(last -> {
            sections.put(NoteLayout.PLAN, last.plan());
            return new NoteStart.CarriedForward(last.note(), last.kind(), last.serviceDate(), nameOf(last.author()));
        }).orElse(null);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(context.zone()));
        audit.record(AuditAction.VIEW, client, "clinical note form", "new " + noteKind + " note"
                + (carried == null ? "" : "; plan carried forward from note " + carried.note()));
        return new NoteStart(context, UUID.randomUUID(), sections, carried, now.toLocalDate().toString(),
                TIME.format(now));
    }

    /**
     * Starts a draft in the client's chart. Sending the same id again (a double click, a retried call) returns the
     * draft made the first time; so does starting the note of a session that already has the author's draft.
     *
     * @throws InvalidRequestException naming each field to fix
     */
    @Transactional
    public StoredNote create(ClientId client, NoteInput input) {
        chartAccess.require(client);
        StepwiseUser user = currentUser.require();
        if (input.id() != null) {
            Optional<StoredNote> again = store.find(input.id());
            if (again.isPresent()) {
                return sameAuthorsNote(again.get(), client, user);
            }
        }
        SessionView session = input.session() == null ? null : contexts.session(client, input.session());
        if (session != null) {
            Optional<UUID> existing = store.noteOfSession(client, input.session());
            if (existing.isPresent()) {
                return sameAuthorsNote(store.find(existing.get()).orElseThrow(), client, user);
            }
        }
        NoteKind kind = contexts.kind(input.kind(), session);
        requireMayWrite(kind);
        EpisodeView episode = contexts.episodeFor(client);
        NoteLayout layout = contexts.layout(kind, episode);
        UUID id = input.id() == null ? UUID.randomUUID() : input.id();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoredNote draft = checked(new StoredNote(id, client, episode.id(), kind.name(), layout.name(), Map.of(),
                session == null ? null : session.id().value(), null, null, LocalDate.now(clock), now,
                user.staffId(), "DRAFT", false, false, false, null, null, now, now, 0), input, episode, session);
        if (!store.insertDraft(draft)) {
            // The same id or the same session's note, sent at the same moment: the first one made the draft.
            UUID made = store.find(id).map(StoredNote::id).or(() -> session == null ? Optional.empty()
                    : store.noteOfSession(client, session.id().value())).orElseThrow();
            return sameAuthorsNote(store.find(made).orElseThrow(), client, user);
        }
        audit.record(AuditAction.CREATE, client, "clinical note", kind + " note " + id + " started as a draft");
        return store.find(id).orElseThrow();
    }

    /** A draft for its edit page, with what the page shows around it. */
    public record Editing(StoredNote note, NoteContext context) {}

    /**
     * A draft to edit; only its author edits it.
     *
     * @throws NotFoundException for an unknown note
     * @throws NoteSignedException once the note is signed
     */
    @Transactional
    public Editing forEditing(UUID id) {
        StoredNote note = editable(id);
        audit.record(AuditAction.VIEW, note.client(), "clinical note", "draft " + id + " opened for editing");
        return new Editing(note, contextOf(note));
    }

    /**
     * Saves a draft edited at {@code version}. Sending what is already saved changes nothing (a repeated submission).
     *
     * @throws NoteSignedException once the note is signed (nothing changes)
     * @throws NoteChangedException when the draft was saved since {@code version}
     * @throws InvalidRequestException naming each field to fix
     */
    @Transactional
    public StoredNote save(UUID id, @Nullable Integer version, NoteInput input) {
        StoredNote before = editable(id);
        if (version == null) {
            throw InvalidRequestException.forField("version", "Send the version of the draft you edited (its "
                    + "'version'), so that nobody's changes are overwritten unseen.");
        }
        EpisodeView episode = contexts.episode(before.episode());
        SessionView session = contexts.sessionAsIs(before.session());
        StoredNote after = checked(before, input, episode, session);
        if (before.sameContent(after)) {
            return before;
        }
        if (version != before.version()) {
            throw new NoteChangedException(before);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StoredNote saved = after.updatedAt(now);
        if (!store.updateDraft(saved, version)) {
            StoredNote current = store.find(id).orElseThrow();
            throw current.isDraft() ? new NoteChangedException(current) : new NoteSignedException(id);
        }
        audit.record(AuditAction.UPDATE, before.client(), "clinical note", "draft " + id + " saved");
        return store.find(id).orElseThrow();
    }

    NoteContext contextOf(StoredNote note) {
        EpisodeView episode = contexts.episode(note.episode());
        SessionView session = contexts.sessionAsIs(note.session());
        NoteKind kind = NoteKind.valueOf(note.kind());
        return contexts.context(note.client(), episode, kind, NoteLayout.valueOf(note.format()), session);
    }

    /** The draft after the author's input, every problem named at once. */
    private StoredNote checked(StoredNote base, NoteInput input, EpisodeView episode, @Nullable SessionView session) {
        NoteKind kind = NoteKind.valueOf(base.kind());
        NoteLayout layout = NoteLayout.valueOf(base.format());
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> sections = NoteDraftRules.sections(layout, input.sections(), errors);
        UUID objective = objective(base, kind, episode, input.objective(), errors);
        boolean part2 = contexts.part2(episode);
        String counseling = NoteDraftRules.counselingProblem(kind, part2, input.sudCounseling());
        if (counseling != null) {
            errors.put("sudCounseling", counseling);
        }
        LocalDate serviceDate;
        Instant ended;
        if (session != null) {
            serviceDate = session.day();
            ended = session.endsAt();
        } else {
            var zone = contexts.zone(episode, null);
            ended = NoteDraftRules.serviceEnded(input.serviceDate(), input.endedAt(), zone, clock.instant(), errors);
            serviceDate = ended == null ? base.serviceDate() : ended.atZone(zone).toLocalDate();
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The note cannot be saved: " + String.join(" ", errors.values()), errors);
        }
        return new StoredNote(base.id(), base.client(), base.episode(), base.kind(), base.format(), sections,
                base.session(), null, objective, serviceDate, Objects.requireNonNull(ended), base.author(), "DRAFT",
                part2, input.sudCounseling(), false, null, null, base.createdAt(), base.updatedAt(), base.version());
    }

    private @Nullable UUID objective(StoredNote base, NoteKind kind, EpisodeView episode, @Nullable String value,
            Map<String, String> errors) {
        UUID objective = null;
        boolean ofClient = true;
        if (value != null && !value.isBlank()) {
            try {
                objective = UUID.fromString(value.strip());
                ofClient = contexts.objectiveOfClient(base.client(), objective, base.objective());
            } catch (IllegalArgumentException e) {
                ofClient = false;
                objective = new UUID(0, 0);
            }
        }
        String problem = NoteDraftRules.objectiveProblem(kind, objective, contexts.hasObjectives(episode), ofClient);
        if (problem != null) {
            errors.put("objectiveId", problem);
        }
        return objective;
    }

    private StoredNote editable(UUID id) {
        StoredNote note = store.find(id).orElseThrow(() -> new NotFoundException("There is no note " + id + "."));
        chartAccess.require(note.client());
        if (note.layout().isEmpty() || note.kind().equals("GROUP")) {
            throw new ConflictException("This is a group's note: it is written on the group's note page.");
        }
        if (!note.isDraft()) {
            throw new NoteSignedException(id);
        }
        if (!note.author().equals(currentUser.require().staffId())) {
            throw new AccessDeniedException("Only the author of a draft edits it: the note is theirs until they sign.");
        }
        return note;
    }

    private void requireMayWrite(NoteKind kind) {
        if (kind == NoteKind.MEDICATION && !currentUser.require().can(Permission.PLAN_PHYSICIAN_SIGN)) {
            throw new AccessDeniedException("Medication-management notes are written by prescribers.");
        }
    }

    private StoredNote sameAuthorsNote(StoredNote note, ClientId client, StepwiseUser user) {
        if (!note.client().equals(client) || !note.author().equals(user.staffId())) {
            throw new ConflictException("This note was already started by " + nameOf(note.author().value())
                    + ": open it from the client's chart.");
        }
        return note;
    }

    private String nameOf(org.stepwise.shared.StaffId id) {
        return staff.byId(id).map(StaffMember::displayName).orElse("a former staff member");
    }

    private String nameOf(UUID id) {
        return nameOf(new org.stepwise.shared.StaffId(id));
    }
}
