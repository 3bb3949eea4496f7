package org.stepwise.notes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.notes.ClinicalNotes;
import org.stepwise.notes.NoteId;
import org.stepwise.notes.NoteKind;
import org.stepwise.notes.NoteSigning;
import org.stepwise.notes.NoteStatus;
import org.stepwise.notes.NoteView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/**
 * A note of any kind with its signatures and addenda, signing, co-signing and adding an addendum; a client's notes
 * (the chart's "Notes" section).
 */
@Controller
class NotePages {

    private final ClinicalNotes notes;
    private final NoteSigning signing;
    private final ClientRegistry clients;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotePages(ClinicalNotes notes, NoteSigning signing, ClientRegistry clients, CurrentUser currentUser, Clock clock) {
        this.notes = notes;
        this.signing = signing;
        this.clients = clients;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/notes/{id}")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String note(@PathVariable UUID id, Model model) {
        return page(model, notes.view(new NoteId(id)), "", Map.of());
    }

    @PostMapping("/notes/{id}/sign")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String sign(@PathVariable UUID id, @RequestParam(required = false) @Nullable String version,
            RedirectAttributes redirect) {
        NoteView signed = signing.sign(new NoteId(id), FormErrors.version(version));
        redirect.addFlashAttribute("notice", signed.status() == NoteStatus.AWAITING_COSIGNATURE
                ? "notes.signed.awaiting" : "notes.signed.done");
        return "redirect:/notes/" + id;
    }

    @PostMapping("/notes/{id}/cosign")
    @PreAuthorize("hasAuthority('NOTE_COSIGN')")
    String cosign(@PathVariable UUID id, RedirectAttributes redirect) {
        signing.cosign(new NoteId(id));
        redirect.addFlashAttribute("notice", "notes.cosigned.done");
        return "redirect:/notes/" + id;
    }

    @PostMapping("/notes/{id}/addenda")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String addendum(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            signing.addAddendum(new NoteId(id), text);
        } catch (InvalidRequestException e) {
            NoteView note = notes.view(new NoteId(id));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, note, text == null ? "" : text, FormErrors.of(e));
        }
        redirect.addFlashAttribute("notice", "notes.addendum.done");
        return "redirect:/notes/" + id + "#addenda";
    }

    /** The chart's section: a fragment for htmx, the same content as a page of its own otherwise. */
    @GetMapping("/clients/{clientId}/notes")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String forClient(@PathVariable UUID clientId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        List<NoteView> list = notes.ofClient(new ClientId(clientId));
        model.addAttribute("clientId", clientId);
        model.addAttribute("notes", list);
        model.addAttribute("zone", clock.getZone());
        return htmx != null && historyRestore == null ? "notes/client-notes :: content" : "notes/client-notes";
    }

    private String page(Model model, NoteView note, String addendumText, Map<String, String> errors) {
        StepwiseUser user = currentUser.require();
        boolean author = note.author().equals(user.staffId());
        model.addAttribute("note", note);
        model.addAttribute("client", clients.find(note.client()).map(ClientSummary::displayName).orElse(""));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("canSign", note.status() == NoteStatus.DRAFT && author && note.kind() != NoteKind.GROUP
                && user.can(Permission.CLINICAL_WRITE));
        model.addAttribute("canEdit", note.status() == NoteStatus.DRAFT && author && user.can(Permission.CLINICAL_WRITE));
        model.addAttribute("canCosign", note.status() == NoteStatus.AWAITING_COSIGNATURE && !author
                && user.can(Permission.NOTE_COSIGN));
        model.addAttribute("canAmend", note.locked() && user.can(Permission.CLINICAL_WRITE));
        model.addAttribute("addendumText", addendumText);
        model.addAttribute("errors", errors);
        return "notes/note";
    }
}
