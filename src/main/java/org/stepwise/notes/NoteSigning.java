package org.stepwise.notes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.notes.internal.NoteRow;
import org.stepwise.notes.internal.NoteStore;
import org.stepwise.notes.internal.NoteViews;
import org.stepwise.notes.internal.Signer;
import org.stepwise.notes.rules.Cosignature;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.staff.StaffCredentials;

/**
 * Signing and what may follow it, for every kind of note: the author's signature (which locks the note), a
 * supervisor's co-signature, addenda, and deleting a draft. A locked note is never changed: every attempt is refused
 * here with a message before the database's triggers would refuse it. Repeating a signature, co-signature or addendum
 * (a double click, a retried request) changes nothing and answers as the first time.
 */
@Service
public class NoteSigning {

    public static final int ADDENDUM_MIN = 3;
    public static final int ADDENDUM_MAX = 4000;

    private final NoteStore store;
    private final NoteViews views;
    private final Signer signer;
    private final StaffCredentials credentials;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoteSigning(NoteStore store, NoteViews views, Signer signer, StaffCredentials credentials, ChartAccess chartAccess,
            AuditLog audit, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.views = views;
        this.signer = signer;
        this.credentials = credentials;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The author signs their draft, which locks it.
     *
     * @param version the version the author read; null to sign whatever the current draft says
     * @throws InvalidRequestException a group entry (signed from the group's screen)
     * @throws ConflictException signed already by someone else, or changed since {@code version}
     * @throws AccessDeniedException not the author
     */
    @Transactional
    public NoteView sign(NoteId id, @Nullable Integer version) {
        NoteRow note = locked(id);
        StepwiseUser user = currentUser.require();
        if (note.status().locked()) {
            if (note.author().equals(user.staffId())) {
                return views.of(note);
            }
            throw new ConflictException("This note is signed already; add an addendum to correct or add to it.");
        }
        if (!note.author().equals(user.staffId())) {
            throw new AccessDeniedException("Only " + note.authorName() + ", who wrote this note, can sign it.");
        }
        if (note.kind() == NoteKind.GROUP) {
            throw new InvalidRequestException("A group's notes are signed together from the group note screen.");
        }
        if (version != null && version != note.version()) {
            throw new ConflictException("This note was changed after you opened it (it is at version "
                    + note.version() + ", you had version " + version + "). Open it again before signing.");
        }
        signer.signAsAuthor(note, user, signer.standingOf(user), now());
        return views.of(store.find(id).orElseThrow());
    }

    /**
     * A supervisor co-signs a note awaiting co-signature.
     *
     * @throws InvalidRequestException the co-signer is the author, or needs co-signature themselves
     * @throws ConflictException a draft, or signed without needing (or already given) a co-signature
     */
    @Transactional
    public NoteView cosign(NoteId id) {
        NoteRow note = locked(id);
        StepwiseUser user = currentUser.require();
        List<NoteSignature> signatures = store.signatures(List.of(id)).getOrDefault(id, List.of());
        boolean cosignedByMe = signatures.stream().anyMatch(s -> s.capacity() == NoteSignature.Capacity.COSIGNER
                && s.signer().equals(user.staffId()));
        if (cosignedByMe) {
            return views.of(note);
        }
        if (note.status() == NoteStatus.DRAFT) {
            throw new ConflictException("This note is a draft: its author signs it first.");
        }
        if (note.status() == NoteStatus.SIGNED) {
            throw new ConflictException("This note is signed and needs no further co-signature.");
        }
        LocalDate today = LocalDate.now(clock);
        var mine = credentials.of(user.staffId());
        Cosignature.refusal(note.author(), user.staffId(), user.can(Permission.NOTE_COSIGN), mine, today)
                .ifPresent(reason -> {
                    throw new InvalidRequestException(reason);
                });
        Instant now = now();
        String hash = Objects.requireNonNull(note.contentHash());
        if (!store.cosign(id, now)) {
            throw new ConflictException("Someone else co-signed this note at the same moment; open it again.");
        }
        store.insertSignature(id, new NoteSignature(user.staffId(), user.displayName(),
                Cosignature.signingCredential(mine, today), NoteSignature.Capacity.COSIGNER, now, hash));
        audit.record(AuditAction.UPDATE, note.client(), "clinical note", "co-signed " + note.kind().label() + " " + id);
        events.publishEvent(new NoteSigned(id, note.client(), note.episode(), note.kind(), NoteStatus.SIGNED,
                user.staffId(), NoteSignature.Capacity.COSIGNER, now, note.lateEntry(), hash));
        return views.of(store.find(id).orElseThrow());
    }

    /**
     * Adds an addendum to a signed note (the only way to correct or add to it). The same text again from the same
     * person, straight after, is taken as a repeat and adds nothing.
     *
     * @throws InvalidRequestException the text is blank, too short or too long
     * @throws ConflictException the note is still a draft
     */
    @Transactional
    public NoteView addAddendum(NoteId id, @Nullable String text) {
        String words = text == null ? "" : text.strip();
        if (words.length() < ADDENDUM_MIN || words.length() > ADDENDUM_MAX) {
            throw InvalidRequestException.forField("text", "Write the addendum in " + ADDENDUM_MIN + " to "
                    + ADDENDUM_MAX + " characters.");
        }
        NoteRow note = locked(id);
        StepwiseUser user = currentUser.require();
        if (note.status() == NoteStatus.DRAFT) {
            throw new ConflictException("This note is still a draft: edit it instead of adding an addendum.");
        }
        List<NoteAddendum> existing = store.addenda(List.of(id)).getOrDefault(id, List.of());
        Instant now = now();
        boolean repeat = !existing.isEmpty() && existing.getLast().author().equals(user.staffId())
                && existing.getLast().text().equals(words)
                && existing.getLast().createdAt().isAfter(now.minus(10, ChronoUnit.MINUTES));
        if (!repeat) {
            store.insertAddendum(id, new NoteAddendum(UUID.randomUUID(), user.staffId(), user.displayName(), words,
                    now));
            audit.record(AuditAction.UPDATE, note.client(), "clinical note", "addendum to " + note.kind().label()
                    + " " + id);
        }
        return views.of(note);
    }

    /**
     * Deletes a draft the author no longer wants.
     *
     * @throws ConflictException the note is signed (never deleted), or changed since {@code version}
     * @throws InvalidRequestException a group entry (removed on the group's screen)
     */
    @Transactional
    public void deleteDraft(NoteId id, @Nullable Integer version) {
        NoteRow note = locked(id);
        StepwiseUser user = currentUser.require();
        if (note.status().locked()) {
            throw new ConflictException("This note is signed and cannot be deleted; add an addendum instead.");
        }
        if (!note.author().equals(user.staffId())) {
            throw new AccessDeniedException("Only " + note.authorName() + ", who wrote this draft, can delete it.");
        }
        if (note.kind() == NoteKind.GROUP) {
            throw new InvalidRequestException("A group entry is part of the group's note: change it on the group "
                    + "note screen.");
        }
        if (version != null && version != note.version()) {
            throw new ConflictException("This draft was changed after you opened it; open it again.");
        }
        store.deleteDraft(id);
        audit.record(AuditAction.DELETE, note.client(), "clinical note", "draft deleted " + id);
    }

    private NoteRow locked(NoteId id) {
        NoteRow note = store.lock(id).orElseThrow(() -> ClinicalNotes.notFound(id));
        chartAccess.require(note.client());
        return note;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
