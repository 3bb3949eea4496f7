package org.stepwise.notes.individual.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.notes.individual.IndividualNotes;
import org.stepwise.notes.individual.NoteChangedException;
import org.stepwise.notes.individual.NoteInput;
import org.stepwise.notes.individual.NoteSignedException;
import org.stepwise.notes.individual.StoredNote;
import org.stepwise.shared.ClientId;

/**
 * Drafts of individual, family and medication notes for integrations: start one, replace a draft's content under its
 * version. A signed note is final: 409, and the caller adds an addendum instead.
 */
@RestController
class IndividualNoteApi {

    private final IndividualNotes notes;

    IndividualNoteApi(IndividualNotes notes) {
        this.notes = notes;
    }

    /** A new draft; {@code id} (optional) makes a repeated call return the same draft. */
    record CreateBody(@Nullable UUID id, @Nullable String kind, @Nullable UUID sessionId, @Nullable String objectiveId,
            @Nullable Map<String, @Nullable String> sections, @Nullable Boolean sudCounseling,
            @Nullable String serviceDate, @Nullable String endedAt) {}

    /** A draft's whole content, replacing what it held; {@code version} is the version read. */
    record UpdateBody(@Nullable Integer version, @Nullable String objectiveId,
            @Nullable Map<String, @Nullable String> sections, @Nullable Boolean sudCounseling,
            @Nullable String serviceDate, @Nullable String endedAt) {}

    record NoteJson(UUID id, UUID clientId, UUID episodeId, String kind, String format, Map<String, String> sections,
            @Nullable UUID sessionId, @Nullable UUID objectiveId, LocalDate serviceDate, Instant serviceEndedAt,
            UUID authorId, String status, boolean part2, boolean sudCounseling, boolean lateEntry, int version,
            Instant createdAt, Instant updatedAt, Map<String, String> links) {

        static NoteJson of(StoredNote n) {
            return new NoteJson(n.id(), n.client().value(), n.episode().value(), n.kind(), n.format(), n.sections(),
                    n.session(), n.objective(), n.serviceDate(), n.serviceEndedAt(), n.author().value(), n.status(),
                    n.part2(), n.sudCounseling(), n.lateEntry(), n.version(), n.createdAt(), n.updatedAt(),
                    Map.of("page", "/notes/" + n.id(), "edit", "/notes/" + n.id() + "/edit",
                            "pdf", "/notes/" + n.id() + "/pdf"));
        }
    }

    @PostMapping("/api/v1/clients/{clientId}/notes")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    ResponseEntity<NoteJson> create(@PathVariable UUID clientId, @RequestBody CreateBody body) {
        StoredNote note = notes.create(new ClientId(clientId), new NoteInput(body.id(), body.kind(), body.sessionId(),
                body.objectiveId(), body.sections() == null ? Map.of() : body.sections(),
                Boolean.TRUE.equals(body.sudCounseling()), body.serviceDate(), body.endedAt()));
        return ResponseEntity.created(URI.create("/api/v1/notes/" + note.id())).body(NoteJson.of(note));
    }

    @PutMapping("/api/v1/notes/{noteId}")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    NoteJson update(@PathVariable UUID noteId, @RequestBody UpdateBody body) {
        return NoteJson.of(notes.save(noteId, body.version(), new NoteInput(null, null, null, body.objectiveId(),
                body.sections() == null ? Map.of() : body.sections(), Boolean.TRUE.equals(body.sudCounseling()),
                body.serviceDate(), body.endedAt())));
    }

    /** 409 with the draft as it stands, so the caller can merge and send again with its version. */
    @ExceptionHandler(NoteChangedException.class)
    ResponseEntity<ProblemDetail> changed(NoteChangedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("current", NoteJson.of(e.current()));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(NoteSignedException.class)
    ResponseEntity<ProblemDetail> signed(NoteSignedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "This note is signed: add an "
                + "addendum (POST /api/v1/notes/" + e.note() + "/addenda). Nothing was changed.");
        problem.setTitle("Signed: add an addendum");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
