package org.stepwise.notes;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.notes.internal.NoteRow;
import org.stepwise.notes.internal.NoteStore;
import org.stepwise.notes.internal.NoteViews;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;

/**
 * Reading notes: one note, or a client's notes, for those who may open the client's chart (care team or
 * break-glass). Every read is audited in the same transaction.
 */
@Service
public class ClinicalNotes {

    /** The most notes a client's list shows (newest first). */
    public static final int LIST_LIMIT = 200;

    private final NoteStore store;
    private final NoteViews views;
    private final ChartAccess chartAccess;
    private final AuditLog audit;

    ClinicalNotes(NoteStore store, NoteViews views, ChartAccess chartAccess, AuditLog audit) {
        this.store = store;
        this.views = views;
        this.chartAccess = chartAccess;
        this.audit = audit;
    }

    /**
     * One note with its signatures and addenda.
     *
     * @throws NotFoundException no such note; an access-denied exception outside the care team
     */
    @Transactional
    public NoteView view(NoteId id) {
        NoteRow row = store.find(id).orElseThrow(() -> notFound(id));
        chartAccess.require(row.client());
        audit.record(AuditAction.VIEW, row.client(), "clinical note", row.kind().label() + " " + id);
        return views.of(row);
    }

    /** A client's notes, newest service first (at most {@link #LIST_LIMIT}). */
    @Transactional
    public List<NoteView> ofClient(ClientId client) {
        chartAccess.require(client);
        List<NoteView> notes = views.of(store.ofClient(client, LIST_LIMIT));
        audit.record(AuditAction.VIEW, client, "clinical notes", notes.size() + " notes listed");
        return notes;
    }

    static NotFoundException notFound(NoteId id) {
        return new NotFoundException("There is no note " + id + ".");
    }
}
