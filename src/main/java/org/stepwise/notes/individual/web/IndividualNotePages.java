package org.stepwise.notes.individual.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.notes.individual.IndividualNotes;
import org.stepwise.notes.individual.NoteChangedException;
import org.stepwise.notes.individual.NoteContext;
import org.stepwise.notes.individual.NoteKind;
import org.stepwise.notes.individual.NotePrints;
import org.stepwise.notes.individual.NoteStart;
import org.stepwise.notes.individual.StoredNote;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/**
 * A new individual, family or medication note (from the chart or from a session), its draft's edit page, and the PDF
 * of any note. Signing happens on the note's own page, {@code /notes/{id}}.
 */
@Controller
class IndividualNotePages {

    private final IndividualNotes notes;
    private final NotePrints prints;
    private final CurrentUser currentUser;

    IndividualNotePages(IndividualNotes notes, NotePrints prints, CurrentUser currentUser) {
        this.notes = notes;
        this.prints = prints;
        this.currentUser = currentUser;
    }

    @GetMapping("/clients/{clientId}/notes/new")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String newNote(@PathVariable UUID clientId, @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable UUID session, Model model) {
        ClientId client = new ClientId(clientId);
        if (session != null) {
            Optional<UUID> started = notes.noteOfSession(client, session);
            if (started.isPresent()) {
                return "redirect:/notes/" + started.get() + "/edit";
            }
        } else if (kind == null || kind.isBlank()) {
            model.addAttribute("clientId", clientId);
            model.addAttribute("kinds", currentUser.require().can(Permission.PLAN_PHYSICIAN_SIGN)
                    ? NoteKind.values() : new NoteKind[] {NoteKind.INDIVIDUAL, NoteKind.FAMILY});
            return "notes/individual/choose";
        }
        NoteStart start = notes.start(client, kind, session);
        return newForm(model, start, NoteFormValues.of(start), Map.of());
    }

    @PostMapping("/clients/{clientId}/notes")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String create(@PathVariable UUID clientId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ClientId client = new ClientId(clientId);
        NoteFormValues form = NoteFormValues.posted(params);
        try {
            StoredNote note = notes.create(client, form.input());
            redirect.addFlashAttribute("notice", "notes.individual.created");
            return "redirect:/notes/" + note.id() + "/edit";
        } catch (InvalidRequestException e) {
            NoteStart start = notes.start(client, form.kind(), NoteFormValues.uuid(form.session()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return newForm(model, start, form, FormErrors.of(e));
        }
    }

    @GetMapping("/notes/{noteId}/edit")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String edit(@PathVariable UUID noteId, Model model) {
        IndividualNotes.Editing editing = notes.forEditing(noteId);
        return editForm(model, editing, NoteFormValues.of(editing.note(), editing.context().zone()), Map.of());
    }

    @PostMapping("/notes/{noteId}/edit")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String save(@PathVariable UUID noteId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        NoteFormValues form = NoteFormValues.posted(params);
        try {
            notes.save(noteId, form.version(), form.input());
            redirect.addFlashAttribute("notice", "notes.individual.saved");
            return "redirect:/notes/" + noteId + "/edit";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editForm(model, notes.forEditing(noteId), form, FormErrors.of(e));
        } catch (NoteChangedException e) {
            // Keep what this author typed; show what the other save holds; a second save replaces it knowingly.
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", e.getMessage());
            model.addAttribute("saved", e.current());
            return editForm(model, notes.forEditing(noteId), form.withVersion(e.current().version()), Map.of());
        }
    }

    @GetMapping("/notes/{noteId}/pdf")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    ResponseEntity<byte[]> pdf(@PathVariable UUID noteId) {
        return prints.print(noteId).asDownload();
    }

    private String newForm(Model model, NoteStart start, NoteFormValues form, Map<String, String> errors) {
        model.addAttribute("start", start);
        return common(model, start.context(), form, errors, "notes/individual/new");
    }

    private String editForm(Model model, IndividualNotes.Editing editing, NoteFormValues form,
            Map<String, String> errors) {
        model.addAttribute("note", editing.note());
        return common(model, editing.context(), form, errors, "notes/individual/edit");
    }

    private static String common(Model model, NoteContext context, NoteFormValues form, Map<String, String> errors,
            String view) {
        model.addAttribute("c", context);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("mayCounsel", context.part2() && context.kind().mayBeCounselingNote());
        return view;
    }
}
