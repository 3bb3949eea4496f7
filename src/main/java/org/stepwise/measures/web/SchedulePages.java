package org.stepwise.measures.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.measures.MeasureSchedule;
import org.stepwise.measures.MeasureSchedules;
import org.stepwise.measures.due.MeasureTiming;
import org.stepwise.measures.internal.InstrumentCatalogue;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Program;
import org.stepwise.staff.SiteOverview;
import org.stepwise.staff.Track;

/**
 * {@code /measures/schedules}: the program director's page of measure schedules (which instrument, when, for whom),
 * under PROGRAM_OVERSIGHT: deciding what a program measures is running the program, not planning its timetable.
 */
@Controller
class SchedulePages {

    private final MeasureSchedules schedules;
    private final InstrumentCatalogue catalogue;
    private final Organisation organisation;

    SchedulePages(MeasureSchedules schedules, InstrumentCatalogue catalogue, Organisation organisation) {
        this.schedules = schedules;
        this.catalogue = catalogue;
        this.organisation = organisation;
    }

    @GetMapping("/measures/schedules")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String list(Model model) {
        model.addAttribute("schedules", schedules.all());
        names(model);
        return "measures/schedules";
    }

    @GetMapping("/measures/schedules/new")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String blank(Model model) {
        return form(model, null, ScheduleForm.blank(), Map.of());
    }

    @PostMapping("/measures/schedules")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String add(@ModelAttribute("form") ScheduleForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding, SchedulePages::unreadable));
        if (errors.isEmpty() && form.submission() == null) {
            errors.put("form", "This form has lost its submission id; open it again.");
        }
        if (errors.isEmpty()) {
            try {
                MeasureSchedule saved = schedules.add(form.submission(), form.details());
                redirect.addFlashAttribute("notice", "Schedule saved: " + instrumentName(saved.instrument()) + ".");
                return "redirect:/measures/schedules";
            } catch (InvalidRequestException e) {
                errors.putAll(FormErrors.of(e));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, null, form, errors);
    }

    @GetMapping("/measures/schedules/{id}/edit")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String edit(@PathVariable UUID id, Model model) {
        MeasureSchedule schedule = schedules.get(id);
        return form(model, schedule, ScheduleForm.of(schedule), Map.of());
    }

    @PostMapping("/measures/schedules/{id}")
    @PreAuthorize("hasAuthority('PROGRAM_OVERSIGHT')")
    String save(@PathVariable UUID id, @ModelAttribute("form") ScheduleForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        MeasureSchedule schedule = schedules.get(id);
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding, SchedulePages::unreadable));
        if (errors.isEmpty() && form.version() == null) {
            errors.put("form", "The form has lost track of which version you edited: open it again.");
        }
        if (errors.isEmpty()) {
            try {
                MeasureSchedule saved = schedules.update(id, form.version(), form.details());
                redirect.addFlashAttribute("notice", "Schedule saved: " + instrumentName(saved.instrument()) + ".");
                return "redirect:/measures/schedules";
            } catch (InvalidRequestException e) {
                errors.putAll(FormErrors.of(e));
            } catch (ConflictException e) {
                MeasureSchedule now = schedules.get(id);
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("conflict", e.getMessage());
                model.addAttribute("saved", now);
                return form(model, now, form.withVersion(now.version()), Map.of());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, schedule, form, errors);
    }

    private String form(Model model, @Nullable MeasureSchedule schedule, ScheduleForm form, Map<String, String> errors) {
        model.addAttribute("schedule", schedule);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("timings", MeasureTiming.values());
        model.addAttribute("instruments", catalogue.all().stream().map(Instrument::definition).toList());
        List<Program> programs = organisation.overview().stream().flatMap(s -> s.programs().stream())
                .map(SiteOverview.ProgramOverview::program).toList();
        List<Track> tracks = organisation.overview().stream().flatMap(s -> s.programs().stream())
                .flatMap(p -> p.tracks().stream()).toList();
        model.addAttribute("programs", programs);
        model.addAttribute("tracks", tracks);
        names(model);
        return "measures/schedule-form";
    }

    /** Names of programs, tracks and instruments by id or code, for the list and the conflict notice. */
    private void names(Model model) {
        Map<String, String> names = new LinkedHashMap<>();
        organisation.overview().forEach(site -> site.programs().forEach(p -> {
            names.put(p.program().id().toString(), p.program().name());
            p.tracks().forEach(t -> names.put(t.id().toString(), p.program().name() + " — " + t.name()));
        }));
        catalogue.all().forEach(i -> names.put(i.code(), i.definition().name()));
        model.addAttribute("names", names);
    }

    private String instrumentName(String code) {
        return catalogue.find(code).map(i -> i.definition().name()).orElse(code);
    }

    private static String unreadable(String field) {
        return switch (field) {
            case "program" -> "Choose one of the programs listed.";
            case "track" -> "Choose one of the tracks listed, or every track.";
            case "timing" -> "Choose one of the times listed.";
            case "overdueAfterDays" -> "Give a whole number of days, 0 to 60.";
            case "version", "submission" -> "This form is out of date; open it again.";
            default -> FormErrors.WRONG_FORM;
        };
    }
}
