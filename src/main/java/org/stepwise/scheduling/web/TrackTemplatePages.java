package org.stepwise.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.LocalTime;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.scheduling.BlockDetails;
import org.stepwise.scheduling.SessionTypes;
import org.stepwise.scheduling.TemplateBlock;
import org.stepwise.scheduling.TrackTemplate;
import org.stepwise.scheduling.TrackTemplates;
import org.stepwise.scheduling.internal.Facilitators;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.TrackId;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Room;

/**
 * {@code /schedule/tracks/{trackId}/template}: a track's week of blocks and its curriculum, with the forms that add,
 * change, deactivate and reactivate blocks and add, remove and reorder topics.
 */
@Controller
class TrackTemplatePages {

    /** A block as posted; the start time is read here so that a wrong one gets its own message. */
    record BlockForm(@Nullable Integer weekday, @Nullable String startsAt, @Nullable UUID typeId,
            @Nullable UUID roomId, @Nullable UUID facilitatorId, @Nullable Integer cap, @Nullable Boolean rotatesTopic,
            @Nullable Integer version) {

        static BlockForm blank() {
            return new BlockForm(1, "10:00", null, null, null, null, true, null);
        }

        static BlockForm of(TemplateBlock b) {
            return new BlockForm(b.weekday().getValue(), b.startsAt().toString(), b.typeId(),
                    b.room() == null ? null : b.room().value(), b.facilitator().value(), b.cap(), b.rotatesTopic(),
                    b.version());
        }

        BlockDetails details(Map<String, String> errors) {
            LocalTime start = Times.time(startsAt, "startsAt", errors).orElse(null);
            return new BlockDetails(weekday, start, typeId, roomId, facilitatorId, cap, Boolean.TRUE.equals(rotatesTopic));
        }

        BlockForm withVersion(int version) {
            return new BlockForm(weekday, startsAt, typeId, roomId, facilitatorId, cap, rotatesTopic, version);
        }
    }

    private final TrackTemplates templates;
    private final SessionTypes types;
    private final Organisation organisation;
    private final Facilitators facilitators;
    private final Validator validator;
    private final Texts texts;

    TrackTemplatePages(TrackTemplates templates, SessionTypes types, Organisation organisation,
            Facilitators facilitators, Validator validator, Texts texts) {
        this.templates = templates;
        this.types = types;
        this.organisation = organisation;
        this.facilitators = facilitators;
        this.validator = validator;
        this.texts = texts;
    }

    @GetMapping("/schedule/tracks/{trackId}/template")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String template(@PathVariable UUID trackId, Model model) {
        return page(model, templates.template(new TrackId(trackId)), Map.of());
    }

    // ----- blocks

    @GetMapping("/schedule/tracks/{trackId}/blocks/new")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String newBlock(@PathVariable UUID trackId, Model model) {
        return blockForm(model, templates.template(new TrackId(trackId)), null, BlockForm.blank(), Map.of());
    }

    @PostMapping("/schedule/tracks/{trackId}/blocks")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String addBlock(@PathVariable UUID trackId, @ModelAttribute("form") BlockForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TrackTemplate template = templates.template(new TrackId(trackId));
        Map<String, String> errors = readable(binding, form);
        if (errors.isEmpty()) {
            try {
                templates.addBlock(template.track().id(), form.details(errors));
                redirect.addFlashAttribute("notice", texts.get("schedule.template.blockAdded"));
                return home(trackId);
            } catch (InvalidRequestException e) {
                errors = fieldErrors(e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return blockForm(model, template, null, form, errors);
    }

    @GetMapping("/schedule/tracks/{trackId}/blocks/{blockId}/edit")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String editBlock(@PathVariable UUID trackId, @PathVariable UUID blockId, Model model) {
        TrackTemplate template = templates.template(new TrackId(trackId));
        TemplateBlock block = templates.block(template.track().id(), blockId);
        return blockForm(model, template, block, BlockForm.of(block), Map.of());
    }

    @PostMapping("/schedule/tracks/{trackId}/blocks/{blockId}")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String saveBlock(@PathVariable UUID trackId, @PathVariable UUID blockId, @ModelAttribute("form") BlockForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TrackTemplate template = templates.template(new TrackId(trackId));
        TemplateBlock block = templates.block(template.track().id(), blockId);
        Map<String, String> errors = readable(binding, form);
        if (errors.isEmpty()) {
            try {
                templates.updateBlock(template.track().id(), blockId, version(form.version()), form.details(errors));
                redirect.addFlashAttribute("notice", texts.get("schedule.template.blockSaved"));
                return home(trackId);
            } catch (InvalidRequestException e) {
                errors = fieldErrors(e);
            } catch (ConflictException e) {
                TemplateBlock now = templates.block(template.track().id(), blockId);
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("conflict", e.getMessage());
                model.addAttribute("saved", now);
                return blockForm(model, template, now, form.withVersion(now.version()), Map.of());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return blockForm(model, template, block, form, errors);
    }

    @PostMapping("/schedule/tracks/{trackId}/blocks/{blockId}/deactivate")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String deactivate(@PathVariable UUID trackId, @PathVariable UUID blockId,
            @RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
        templates.deactivate(new TrackId(trackId), blockId, version(version));
        redirect.addFlashAttribute("notice", texts.get("schedule.template.blockDeactivated"));
        return home(trackId);
    }

    @PostMapping("/schedule/tracks/{trackId}/blocks/{blockId}/reactivate")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String reactivate(@PathVariable UUID trackId, @PathVariable UUID blockId,
            @RequestParam(required = false) @Nullable Integer version, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        TrackId track = new TrackId(trackId);
        try {
            templates.reactivate(track, blockId, version(version));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, templates.template(track), Map.of("block-" + blockId,
                    "Not reactivated: " + String.join(" ", fieldErrors(e).values())));
        }
        redirect.addFlashAttribute("notice", texts.get("schedule.template.blockReactivated"));
        return home(trackId);
    }

    // ----- curriculum

    @PostMapping("/schedule/tracks/{trackId}/topics")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String addTopic(@PathVariable UUID trackId, @RequestParam(required = false) @Nullable String title, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        TrackId track = new TrackId(trackId);
        try {
            templates.addTopic(track, title);
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("topicTitle", title);
            return page(model, templates.template(track), fieldErrors(e));
        }
        redirect.addFlashAttribute("notice", texts.get("schedule.template.topicAdded"));
        return home(trackId) + "#curriculum";
    }

    @PostMapping("/schedule/tracks/{trackId}/topics/{topicId}/remove")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String removeTopic(@PathVariable UUID trackId, @PathVariable UUID topicId, RedirectAttributes redirect) {
        templates.removeTopic(new TrackId(trackId), topicId);
        redirect.addFlashAttribute("notice", texts.get("schedule.template.topicRemoved"));
        return home(trackId) + "#curriculum";
    }

    @PostMapping("/schedule/tracks/{trackId}/topics/{topicId}/move")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String moveTopic(@PathVariable UUID trackId, @PathVariable UUID topicId,
            @RequestParam(required = false) @Nullable Integer position,
            @RequestParam(required = false) @Nullable String direction) {
        if (position == null || !("up".equals(direction) || "down".equals(direction))) {
            throw new InvalidRequestException("Move a topic up or down from the position the page shows.");
        }
        templates.moveTopic(new TrackId(trackId), topicId, position, "up".equals(direction));
        return home(trackId) + "#curriculum";
    }

    // ----- helpers

    private String page(Model model, TrackTemplate template, Map<String, String> errors) {
        model.addAttribute("t", template);
        model.addAttribute("days", days(template));
        model.addAttribute("errors", errors);
        return "scheduling/template";
    }

    /** The template's blocks by weekday, Monday first, only days that have any. */
    private static List<Map.Entry<DayOfWeek, List<TemplateBlock>>> days(TrackTemplate template) {
        Map<DayOfWeek, List<TemplateBlock>> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TemplateBlock> blocks = template.blocks().stream().filter(b -> b.weekday() == day).toList();
            if (!blocks.isEmpty()) {
                days.put(day, blocks);
            }
        }
        return List.copyOf(days.entrySet());
    }

    private String blockForm(Model model, TrackTemplate template, @Nullable TemplateBlock block, BlockForm form,
            Map<String, String> errors) {
        List<Room> rooms = organisation.overview().stream().filter(s -> s.site().id().equals(template.site()))
                .flatMap(s -> s.rooms().stream()).toList();
        model.addAttribute("t", template);
        model.addAttribute("block", block);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("types", types.active());
        model.addAttribute("rooms", rooms);
        model.addAttribute("facilitators", facilitators.active());
        return "scheduling/block-form";
    }

    private Map<String, String> readable(BindingResult binding, BlockForm form) {
        Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding, validator, form));
        form.details(errors);
        return errors;
    }

    private static Map<String, String> fieldErrors(InvalidRequestException e) {
        return e.fieldErrors().isEmpty() ? Map.of("form", e.getMessage()) : e.fieldErrors();
    }

    private static int version(@Nullable Integer version) {
        if (version == null) {
            throw new InvalidRequestException("The form has lost track of which version you changed: open the template "
                    + "again and reapply your change.");
        }
        return version;
    }

    private static String home(UUID trackId) {
        return "redirect:/schedule/tracks/" + trackId + "/template";
    }
}
