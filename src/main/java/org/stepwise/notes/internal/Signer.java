package org.stepwise.notes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.notes.NoteSignature;
import org.stepwise.notes.NoteSigned;
import org.stepwise.notes.NoteStatus;
import org.stepwise.notes.rules.ContentHash;
import org.stepwise.notes.rules.Cosignature;
import org.stepwise.notes.rules.LateEntry;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.staff.Credential;
import org.stepwise.staff.StaffCredentials;

/**
 * Signs drafts as their author: the content hash, the status (co-signature due when the author's credentials require
 * it), the late-entry mark, the signature row, the audit row and {@link NoteSigned}. The caller has checked access and
 * that the signer is the author, and holds the note's lock.
 */
@Component
public class Signer {

    private final NoteStore store;
    private final StaffCredentials credentials;
    private final NotesSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Signer(NoteStore store, StaffCredentials credentials, NotesSettings settings, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The signer's standing, read once for many notes (a group signs all its entries at once). */
    public record Standing(boolean needsCosignature, @Nullable String credential) {}

    public Standing standingOf(StepwiseUser user) {
        List<Credential> held = credentials.of(user.staffId());
        LocalDate today = LocalDate.now(clock);
        return new Standing(Cosignature.required(held, today), Cosignature.signingCredential(held, today));
    }

    /** Signs the draft (as read, at its version) and returns the event published. */
    public NoteSigned signAsAuthor(NoteRow draft, StepwiseUser user, Standing standing, Instant now) {
        String hash = ContentHash.of(draft.content());
        NoteStatus status = standing.needsCosignature() ? NoteStatus.AWAITING_COSIGNATURE : NoteStatus.SIGNED;
        boolean late = LateEntry.isLate(draft.serviceEndedAt(), now, settings.lateAfter());
        if (!store.sign(draft.id(), draft.version(), status, now, hash, late)) {
            throw new ConflictException("This note was signed or changed by someone else at the same moment; nothing "
                    + "was saved. Open it again.");
        }
        store.insertSignature(draft.id(), new NoteSignature(user.staffId(), user.displayName(), standing.credential(),
                NoteSignature.Capacity.AUTHOR, now, hash));
        audit.record(AuditAction.UPDATE, draft.client(), "clinical note", "signed " + draft.kind().label() + " "
                + draft.id() + (late ? " (late entry)" : "")
                + (status == NoteStatus.AWAITING_COSIGNATURE ? ", awaiting co-signature" : ""));
        NoteSigned signed = new NoteSigned(draft.id(), draft.client(), draft.episode(), draft.kind(), status,
                user.staffId(), NoteSignature.Capacity.AUTHOR, now, late, hash);
        events.publishEvent(signed);
        return signed;
    }
}
