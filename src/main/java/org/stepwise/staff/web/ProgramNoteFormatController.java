package org.stepwise.staff.web;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.staff.NoteFormat;
import org.stepwise.staff.Organisation;

/**
 * The note format of a program (DAP, BIRP or SOAP), a small form of its own on the program's edit page: the clinic's
 * choice for every individual and family note written from then on.
 */
@Controller
class ProgramNoteFormatController {

    private final Organisation organisation;

    ProgramNoteFormatController(Organisation organisation) {
        this.organisation = organisation;
    }

    @PostMapping("/admin/organisation/programs/{id}/note-format")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String change(@PathVariable UUID id, @RequestParam(required = false) @Nullable String noteFormat,
            @RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
        ProgramId program = new ProgramId(id);
        organisation.program(program); // 404 for an unknown program before anything else
        NoteFormat format = parse(noteFormat);
        Integer read = FormErrors.version(version);
        if (read == null) {
            throw new InvalidRequestException("The form has lost track of which version you edited: open the page "
                    + "again and choose the note format again.");
        }
        try {
            organisation.changeNoteFormat(program, read, format);
            redirect.addFlashAttribute("noteFormatSaved", format.label());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("noteFormatConflict", e.getMessage());
        }
        return "redirect:/admin/organisation/programs/" + id + "/edit";
    }

    private static NoteFormat parse(@Nullable String value) {
        try {
            return NoteFormat.valueOf(String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.forField("noteFormat", "Choose the note format: DAP, BIRP or SOAP.");
        }
    }
}
