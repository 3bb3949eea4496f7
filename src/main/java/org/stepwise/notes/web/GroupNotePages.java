package org.stepwise.notes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.notes.GroupChoices;
import org.stepwise.notes.GroupNoteInput;
import org.stepwise.notes.GroupNoteSheet;
import org.stepwise.notes.GroupNotes;
import org.stepwise.notes.NoteSigned;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;

/**
 * The group note screen: the shared text and a row per attending client, saved as a draft or signed all at once. A
 * refused save shows the form again with each error beside its field (422); a save that crossed someone else's shows
 * the form with what was typed, their saved version beside it, and the version to overwrite it deliberately (409).
 */
@Controller
class GroupNotePages {

    private final GroupNotes groupNotes;
    private final Clock clock;

    GroupNotePages(GroupNotes groupNotes, Clock clock) {
        this.groupNotes = groupNotes;
        this.clock = clock;
    }

    @GetMapping("/sessions/{sessionId}/note")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String sheet(@PathVariable UUID sessionId, Model model) {
        GroupNoteSheet sheet = groupNotes.sheet(new SessionId(sessionId));
        return page(model, sheet, null, Map.of(), null);
    }

    @PostMapping("/sessions/{sessionId}/note")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String save(@PathVariable UUID sessionId, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return write(sessionId, form, false, model, redirect, response);
    }

    @PostMapping("/sessions/{sessionId}/note/sign")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    String signAll(@PathVariable UUID sessionId, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return write(sessionId, form, true, model, redirect, response);
    }

    private String write(UUID sessionId, MultiValueMap<String, String> form, boolean sign, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        SessionId id = new SessionId(sessionId);
        GroupNoteInput input = null;
        try {
            input = GroupNoteForm.read(form);
            if (sign) {
                List<NoteSigned> signed = groupNotes.signAll(id, input);
                redirect.addFlashAttribute("notice", signed.isEmpty() ? "notes.group.alreadySigned"
                        : "notes.group.signed");
                redirect.addFlashAttribute("signedCount", signed.size());
            } else {
                groupNotes.save(id, input);
                redirect.addFlashAttribute("notice", "notes.group.saved");
            }
            return "redirect:/sessions/" + sessionId + "/note";
        } catch (InvalidRequestException e) {
            GroupNoteSheet sheet = groupNotes.sheet(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, sheet, input, FormErrors.of(e), null);
        } catch (ConflictException e) {
            GroupNoteSheet sheet = groupNotes.sheet(id);
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, sheet, input, Map.of(), e.getMessage());
        }
    }

    /** The screen with the saved sheet, or with what was typed over it ({@code typed}) when a save was refused. */
    private String page(Model model, GroupNoteSheet sheet, @Nullable GroupNoteInput typed, Map<String, String> errors,
            @Nullable String conflict) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("s", sheet.session());
        model.addAttribute("topic", typed == null ? sheet.topic() : typed.topic());
        model.addAttribute("interventions", typed == null ? sheet.interventions() : typed.interventions());
        model.addAttribute("summary", typed == null ? sheet.summary() : typed.summary());
        Map<ClientId, GroupNoteInput.Entry> entries = new java.util.HashMap<>();
        sheet.attending().forEach(row -> entries.put(row.client(), row.entry()));
        if (typed != null) {
            typed.entries().forEach((client, entry) -> entries.computeIfPresent(client, (k, v) -> entry));
        }
        model.addAttribute("entries", entries);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("participations", Arrays.asList(GroupChoices.Participation.values()));
        model.addAttribute("presentations", Arrays.asList(GroupChoices.Presentation.values()));
        model.addAttribute("risks", Arrays.asList(GroupChoices.Risk.values()));
        model.addAttribute("zone", clock.getZone());
        return "notes/group";
    }
}
