package org.stepwise.staff.web;

import org.stepwise.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Program;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Room;
import org.stepwise.staff.Site;
import org.stepwise.staff.Track;
import org.stepwise.staff.TrackPeriod;
import org.stepwise.staff.web.OrganisationForms.ProgramForm;
import org.stepwise.staff.web.OrganisationForms.RoomForm;
import org.stepwise.staff.web.OrganisationForms.SiteForm;
import org.stepwise.staff.web.OrganisationForms.TrackForm;

/** {@code /admin/organisation}: sites, their programs and rooms, and the programs' tracks. */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationController {

    private static final String HOME = "redirect:/admin/organisation";
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private final Organisation organisation;
    private final Validator validator;

    OrganisationController(Organisation organisation, Validator validator) {
        this.organisation = organisation;
        this.validator = validator;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String overview(Model model) {
        model.addAttribute("overview", organisation.overview());
        return "staff/organisation";
    }

    // ----- sites

    @GetMapping("/sites/new")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String newSite(Model model) {
        return siteForm(model, SiteForm.blank(), null, Map.of());
    }

    @PostMapping("/sites")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String createSite(@ModelAttribute("form") SiteForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return submit(binding, form.details(), () -> organisation.createSite(form.details()), response,
                errors -> siteForm(model, form, null, errors), null, redirect,
                "Site " + form.details().name() + " added.");
    }

    @GetMapping("/sites/{id}/edit")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String editSite(@PathVariable UUID id, Model model) {
        Site site = organisation.site(new SiteId(id));
        return siteForm(model, SiteForm.of(site), site, Map.of());
    }

    @PostMapping("/sites/{id}")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String updateSite(@PathVariable UUID id, @ModelAttribute("form") SiteForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SiteId siteId = new SiteId(id);
        Site site = organisation.site(siteId);
        return submit(binding, form.details(),
                () -> organisation.updateSite(siteId, version(form.version()), form.details()), response,
                errors -> siteForm(model, form, site, errors), stale -> {
                    Site saved = organisation.site(siteId);
                    conflict(model, response, stale, saved);
                    return siteForm(model, form.withVersion(saved.version()), saved, Map.of());
                }, redirect, "Site " + form.details().name() + " saved.");
    }

    private String siteForm(Model model, SiteForm form, @Nullable Site site, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("site", site);
        model.addAttribute("errors", errors);
        model.addAttribute("timeZones", TIME_ZONES);
        return "staff/site-form";
    }

    // ----- programs

    @GetMapping("/sites/{siteId}/programs/new")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String newProgram(@PathVariable UUID siteId, Model model) {
        return programForm(model, ProgramForm.blank(), organisation.site(new SiteId(siteId)), null, Map.of());
    }

    @PostMapping("/sites/{siteId}/programs")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String createProgram(@PathVariable UUID siteId, @ModelAttribute("form") ProgramForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Site site = organisation.site(new SiteId(siteId));
        return submit(binding, form.details(), () -> organisation.createProgram(site.id(), form.details()), response,
                errors -> programForm(model, form, site, null, errors), null, redirect,
                "Program " + form.details().name() + " added to " + site.name() + ".");
    }

    @GetMapping("/programs/{id}/edit")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String editProgram(@PathVariable UUID id, Model model) {
        Program program = organisation.program(new ProgramId(id));
        return programForm(model, ProgramForm.of(program), organisation.site(program.site()), program, Map.of());
    }

    @PostMapping("/programs/{id}")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String updateProgram(@PathVariable UUID id, @ModelAttribute("form") ProgramForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProgramId programId = new ProgramId(id);
        Program program = organisation.program(programId);
        Site site = organisation.site(program.site());
        return submit(binding, form.details(),
                () -> organisation.updateProgram(programId, version(form.version()), form.details()), response,
                errors -> programForm(model, form, site, program, errors), stale -> {
                    Program saved = organisation.program(programId);
                    conflict(model, response, stale, saved);
                    return programForm(model, form.withVersion(saved.version()), site, saved, Map.of());
                }, redirect, "Program " + form.details().name() + " saved.");
    }

    private String programForm(Model model, ProgramForm form, Site site, @Nullable Program program,
            Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("site", site);
        model.addAttribute("program", program);
        model.addAttribute("kinds", ProgramKind.values());
        model.addAttribute("errors", errors);
        // notes (issue 5): the program's note format, changed by its own small form (ProgramNoteFormatController)
        model.addAttribute("noteFormat", program == null ? null : organisation.noteFormat(program.id()));
        model.addAttribute("noteFormats", org.stepwise.staff.NoteFormat.values());
        return "staff/program-form";
    }

    // ----- tracks

    @GetMapping("/programs/{programId}/tracks/new")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String newTrack(@PathVariable UUID programId, Model model) {
        return trackForm(model, TrackForm.blank(), organisation.program(new ProgramId(programId)), null, Map.of());
    }

    @PostMapping("/programs/{programId}/tracks")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String createTrack(@PathVariable UUID programId, @ModelAttribute("form") TrackForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Program program = organisation.program(new ProgramId(programId));
        return submit(binding, form.details(), () -> organisation.createTrack(program.id(), form.details()), response,
                errors -> trackForm(model, form, program, null, errors), null, redirect,
                "Track " + form.details().name() + " added to " + program.name() + ".");
    }

    @GetMapping("/tracks/{id}/edit")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String editTrack(@PathVariable UUID id, Model model) {
        Track track = organisation.track(new TrackId(id));
        return trackForm(model, TrackForm.of(track), organisation.program(track.program()), track, Map.of());
    }

    @PostMapping("/tracks/{id}")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String updateTrack(@PathVariable UUID id, @ModelAttribute("form") TrackForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TrackId trackId = new TrackId(id);
        Track track = organisation.track(trackId);
        Program program = organisation.program(track.program());
        return submit(binding, form.details(),
                () -> organisation.updateTrack(trackId, version(form.version()), form.details()), response,
                errors -> trackForm(model, form, program, track, errors), stale -> {
                    Track saved = organisation.track(trackId);
                    conflict(model, response, stale, saved);
                    return trackForm(model, form.withVersion(saved.version()), program, saved, Map.of());
                }, redirect, "Track " + form.details().name() + " saved.");
    }

    private String trackForm(Model model, TrackForm form, Program program, @Nullable Track track,
            Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("program", program);
        model.addAttribute("site", organisation.site(program.site()));
        model.addAttribute("track", track);
        model.addAttribute("periods", TrackPeriod.values());
        model.addAttribute("errors", errors);
        return "staff/track-form";
    }

    // ----- rooms

    @GetMapping("/sites/{siteId}/rooms/new")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String newRoom(@PathVariable UUID siteId, Model model) {
        return roomForm(model, RoomForm.blank(), organisation.site(new SiteId(siteId)), null, Map.of());
    }

    @PostMapping("/sites/{siteId}/rooms")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String createRoom(@PathVariable UUID siteId, @ModelAttribute("form") RoomForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Site site = organisation.site(new SiteId(siteId));
        return submit(binding, form.details(), () -> organisation.createRoom(site.id(), form.details()), response,
                errors -> roomForm(model, form, site, null, errors), null, redirect,
                "Room " + form.details().name() + " added to " + site.name() + ".");
    }

    @GetMapping("/rooms/{id}/edit")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String editRoom(@PathVariable UUID id, Model model) {
        Room room = organisation.room(new RoomId(id));
        return roomForm(model, RoomForm.of(room), organisation.site(room.site()), room, Map.of());
    }

    @PostMapping("/rooms/{id}")
    @PreAuthorize("hasAuthority('ORGANISATION_ADMIN')")
    String updateRoom(@PathVariable UUID id, @ModelAttribute("form") RoomForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        RoomId roomId = new RoomId(id);
        Room room = organisation.room(roomId);
        Site site = organisation.site(room.site());
        return submit(binding, form.details(),
                () -> organisation.updateRoom(roomId, version(form.version()), form.details()), response,
                errors -> roomForm(model, form, site, room, errors), stale -> {
                    Room saved = organisation.room(roomId);
                    conflict(model, response, stale, saved);
                    return roomForm(model, form.withVersion(saved.version()), site, saved, Map.of());
                }, redirect, "Room " + form.details().name() + " saved.");
    }

    private String roomForm(Model model, RoomForm form, Site site, @Nullable Room room, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("site", site);
        model.addAttribute("room", room);
        model.addAttribute("errors", errors);
        return "staff/room-form";
    }

    // ----- the same steps for every form

    /**
     * Saves when the form could be read and the domain accepts it, and goes back to the overview with {@code notice};
     * otherwise shows the form again: with the errors beside the fields (400), or, when {@code stale} is given and
     * someone else saved first, as {@code stale} renders it.
     */
    private String submit(BindingResult binding, Object details, Runnable save, HttpServletResponse response,
            Function<Map<String, String>, String> refused, @Nullable Function<ConflictException, String> stale,
            RedirectAttributes redirect, String notice) {
        Map<String, String> errors = FormErrors.of(binding, validator, details);
        if (errors.isEmpty()) {
            try {
                save.run();
                redirect.addFlashAttribute("notice", notice);
                return HOME;
            } catch (InvalidRequestException e) {
                errors = FormErrors.of(e);
            } catch (ConflictException e) {
                if (stale == null) {
                    throw e;
                }
                return stale.apply(e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return refused.apply(errors);
    }

    private static int version(@Nullable Integer version) {
        if (version == null) {
            throw new InvalidRequestException("The form has lost track of which version you edited: open the page "
                    + "again and reapply your change.");
        }
        return version;
    }

    /** A stale edit: say so, show what is saved now, and let the user decide (their form now names the new version). */
    private static void conflict(Model model, HttpServletResponse response, ConflictException e, Object saved) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", e.getMessage());
        model.addAttribute("saved", saved);
    }
}
