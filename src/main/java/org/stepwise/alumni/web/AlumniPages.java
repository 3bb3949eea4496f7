package org.stepwise.alumni.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.stepwise.alumni.AlumniFilter;
import org.stepwise.alumni.AlumniRoster;
import org.stepwise.alumni.Alumnus;
import org.stepwise.alumni.AlumnusId;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSearch;
import org.stepwise.clients.ClientSummary;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.SiteOverview;

/**
 * {@code /alumni}: the alumni roster of every program (the filter narrows it to one, and to the active), adding a former
 * client by hand, marking someone as left, and whether they may be contacted.
 */
@Controller
class AlumniPages {

    /** A program to filter by or add to, named with its site. */
    record ProgramChoice(UUID id, String label) {}

    private final AlumniRoster roster;
    private final ClientRegistry registry;
    private final Organisation organisation;

    AlumniPages(AlumniRoster roster, ClientRegistry registry, Organisation organisation) {
        this.roster = roster;
        this.registry = registry;
        this.organisation = organisation;
    }

    @GetMapping("/alumni")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    String list(@RequestParam(required = false) @Nullable UUID program,
            @RequestParam(required = false) @Nullable String active, Model model) {
        return page(model, program, !"false".equals(active), Map.of(), Map.of(), "", false);
    }

    @PostMapping("/alumni")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    String add(@RequestParam(required = false) @Nullable String recordNumber,
            @RequestParam(required = false) @Nullable String mayContact, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        String number = recordNumber == null ? "" : recordNumber.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (number.isEmpty() || number.length() > 20) {
            errors.put("recordNumber", "Enter the former client's record number, like SW-001234.");
        } else {
            try {
                List<ClientSummary> found = registry.search(new ClientSearch(null, null, number, null, null, null, 2));
                if (found.size() != 1) {
                    throw InvalidRequestException.forField("recordNumber", "No client has record number " + number
                            + ".");
                }
                Alumnus added = roster.add(found.getFirst().id(), FormErrors.checked(mayContact));
                redirect.addFlashAttribute("notice", added.name() + " is on the alumni roster of "
                        + added.programName() + ".");
                return "redirect:/alumni";
            } catch (InvalidRequestException e) {
                FormErrors.of(e).forEach((field, message) -> errors.put(field.equals("client") ? "recordNumber"
                        : field, message));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, null, true, errors, Map.of(), number, FormErrors.checked(mayContact));
    }

    @PostMapping("/alumni/{id}/left")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    String left(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return change(id, version, model, redirect, response,
                v -> roster.markLeft(new AlumnusId(id), v, reason), "left the alumni roster.");
    }

    @PostMapping("/alumni/{id}/contact")
    @PreAuthorize("hasAuthority('FOLLOW_UP')")
    String contact(@PathVariable UUID id, @RequestParam(required = false) @Nullable String mayContact,
            @RequestParam(required = false) @Nullable String version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Boolean answer = Params.yesNo(mayContact);
        if (answer == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, null, true, Map.of(), Map.of(id.toString(), "Say whether they may be contacted."), "",
                    false);
        }
        return change(id, version, model, redirect, response, v -> roster.setMayContact(new AlumnusId(id), v, answer),
                answer ? "may be contacted." : "may not be contacted.");
    }

    private String change(UUID id, @Nullable String version, Model model, RedirectAttributes redirect,
            HttpServletResponse response, java.util.function.IntFunction<Alumnus> change, String done) {
        Map<String, String> errors = new HashMap<>();
        Integer v = Params.integer(version, "version", "Open the roster again.", errors);
        if (v == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, null, false, Map.of(), Map.of(id.toString(), "Open the roster again: the form was "
                    + "incomplete."), "", false);
        }
        try {
            Alumnus changed = change.apply(v);
            redirect.addFlashAttribute("notice", changed.name() + " " + done);
            return "redirect:" + UriComponentsBuilder.fromPath("/alumni").queryParam("program",
                    changed.program().value()).queryParam("active", "false").toUriString();
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, null, false, Map.of(), Map.of(id.toString(), String.valueOf(e.getMessage())), "", false);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, null, false, Map.of(), Map.of(id.toString(), String.join(" ",
                    FormErrors.of(e).values())), "", false);
        }
    }

    private String page(Model model, @Nullable UUID program, boolean activeOnly, Map<String, String> addErrors,
            Map<String, String> rowErrors, String recordNumber, boolean mayContact) {
        List<Alumnus> alumni = roster.list(new AlumniFilter(program == null ? null : new ProgramId(program),
                activeOnly));
        model.addAttribute("alumni", alumni);
        model.addAttribute("programs", programs());
        model.addAttribute("program", program);
        model.addAttribute("activeOnly", activeOnly);
        model.addAttribute("addErrors", addErrors);
        model.addAttribute("rowErrors", rowErrors);
        model.addAttribute("recordNumber", recordNumber);
        model.addAttribute("mayContact", mayContact);
        return "alumni/roster";
    }

    private List<ProgramChoice> programs() {
        return organisation.overview().stream().flatMap(site -> site.programs().stream()
                .map(SiteOverview.ProgramOverview::program)
                .map(p -> new ProgramChoice(p.id().value(), site.site().name() + " — " + p.name()))).toList();
    }
}
