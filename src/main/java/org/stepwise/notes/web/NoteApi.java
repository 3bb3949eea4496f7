package org.stepwise.notes.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.notes.ClinicalNotes;
import org.stepwise.notes.NoteId;
import org.stepwise.notes.NoteSigning;
import org.stepwise.shared.ClientId;

/** Notes for integrations: read a note or a client's notes; sign, co-sign, add an addendum; delete a draft. */
@RestController
class NoteApi {

    private final ClinicalNotes notes;
    private final NoteSigning signing;

    NoteApi(ClinicalNotes notes, NoteSigning signing) {
        this.notes = notes;
        this.signing = signing;
    }

    /** The body of a signature; {@code version} is optional (send it to be told when the draft changed since). */
    record SignatureBody(@Nullable Integer version) {}

    record AddendumBody(@Nullable String text) {}

    @GetMapping("/api/v1/notes/{id}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    NoteJson note(@PathVariable UUID id) {
        return NoteJson.of(notes.view(new NoteId(id)));
    }

    @GetMapping("/api/v1/clients/{clientId}/notes")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    List<NoteJson> ofClient(@PathVariable UUID clientId) {
        return notes.ofClient(new ClientId(clientId)).stream().map(NoteJson::of).toList();
    }

    @PostMapping("/api/v1/notes/{id}/signature")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    NoteJson sign(@PathVariable UUID id, @RequestBody(required = false) @Nullable SignatureBody body) {
        return NoteJson.of(signing.sign(new NoteId(id), body == null ? null : body.version()));
    }

    @PostMapping("/api/v1/notes/{id}/cosignature")
    @PreAuthorize("hasAuthority('NOTE_COSIGN')")
    NoteJson cosign(@PathVariable UUID id) {
        return NoteJson.of(signing.cosign(new NoteId(id)));
    }

    @PostMapping("/api/v1/notes/{id}/addenda")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    ResponseEntity<NoteJson> addendum(@PathVariable UUID id, @RequestBody AddendumBody body) {
        return ResponseEntity.status(201).body(NoteJson.of(signing.addAddendum(new NoteId(id), body.text())));
    }

    @DeleteMapping("/api/v1/notes/{id}")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    ResponseEntity<Void> deleteDraft(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version) {
        signing.deleteDraft(new NoteId(id), version);
        return ResponseEntity.noContent().build();
    }
}
