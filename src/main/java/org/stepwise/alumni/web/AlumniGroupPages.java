package org.stepwise.alumni.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.alumni.AlumniGroupRequest;
import org.stepwise.alumni.AlumniGroups;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.web.FormErrors;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.SiteOverview;
import org.stepwise.staff.StaffDirectory;

/**
 * {@code /alumni/groups}: the alumni groups of the last two weeks and the coming eight, each linking to its check-in
 * list; for those who manage the schedule, a form that puts a weekly group on it for the coming weeks.
 */
@Controller
class AlumniGroupPages {

    /** The form as typed, to show again with its errors. */
    record GroupForm(String program, String weekday, String startsAt, String room, String facilitator, String weeks,
            String firstDay) {

        static GroupForm empty() {
            return new GroupForm("", "", "18:00", "", "", "8", "");
        }
    }

    record Choice(UUID id, String label) {}

    private final AlumniGroups groups;
    private final Organisation organisation;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final Clock clock;

    AlumniGroupPages(AlumniGroups groups, Organisation organisation, StaffDirectory staff, CurrentUser currentUser,
            Clock clock) {
        this.groups = groups;
        this.organisation = organisation;
        this.staff = staff;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/alumni/groups")
    @PreAuthorize("hasAnyAuthority('CHECK_IN', 'FOLLOW_UP', 'SCHEDULE_MANAGE')")
    String list(Model model) {
        return page(model, GroupForm.empty(), Map.of());
    }

    @PostMapping("/alumni/groups")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String schedule(@RequestParam(required = false) @Nullable String program,
            @RequestParam(required = false) @Nullable String weekday,
            @RequestParam(required = false) @Nullable String startsAt,
            @RequestParam(required = false) @Nullable String room,
            @RequestParam(required = false) @Nullable String facilitator,
            @RequestParam(required = false) @Nullable String weeks,
            @RequestParam(required = false) @Nullable String firstDay, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        GroupForm form = new GroupForm(text(program), text(weekday), text(startsAt), text(room), text(facilitator),
                text(weeks), text(firstDay));
        Map<String, String> errors = new LinkedHashMap<>();
        UUID programId = Params.uuid(program, "program", "Choose the program whose alumni meet.", errors);
        Integer day = Params.integer(weekday, "weekday", "Choose the day of the week the group meets.", errors);
        var time = Params.time(startsAt, "startsAt", "Enter the time the group starts, like 18:00.", errors);
        UUID roomId = Params.uuid(room, "room", "Choose a room from the list.", errors);
        UUID facilitatorId = Params.uuid(facilitator, "facilitator", "Choose who facilitates the group.", errors);
        Integer count = Params.integer(weeks, "weeks", "Enter how many weeks to schedule, 1 to "
                + AlumniGroups.MAX_WEEKS + ".", errors);
        LocalDate first = Params.date(firstDay, "firstDay", "Enter the first day like 2026-12-01.", errors);
        if (errors.isEmpty()) {
            try {
                AlumniGroups.Scheduled done = groups.schedule(new AlumniGroupRequest(
                        programId == null ? null : new ProgramId(programId), day, time,
                        roomId == null ? null : new RoomId(roomId),
                        facilitatorId == null ? null : new StaffId(facilitatorId), count, first));
                redirect.addFlashAttribute("notice", "Alumni group scheduled: " + done.created().size()
                        + " session(s) added" + (done.alreadyThere().isEmpty() ? "." : "; "
                        + done.alreadyThere().size() + " day(s) already had one."));
                return "redirect:/alumni/groups";
            } catch (InvalidRequestException e) {
                errors.putAll(FormErrors.of(e));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, form, errors);
    }

    private String page(Model model, GroupForm form, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("sessions", groups.between(today.minusWeeks(2), today.plusWeeks(8), null));
        model.addAttribute("today", today);
        model.addAttribute("canSchedule", currentUser.require().can(Permission.SCHEDULE_MANAGE));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("programs", organisation.overview().stream().flatMap(site -> site.programs().stream()
                .map(SiteOverview.ProgramOverview::program)
                .map(p -> new Choice(p.id().value(), site.site().name() + " — " + p.name()))).toList());
        model.addAttribute("rooms", organisation.overview().stream().flatMap(site -> site.rooms().stream()
                .map(r -> new Choice(r.id().value(), site.site().name() + " — " + r.name()))).toList());
        model.addAttribute("facilitators", staff.all().stream()
                .filter(s -> s.active() && AlumniGroups.FACILITATORS.contains(s.role()))
                .map(s -> new Choice(s.id().value(), s.displayName() + " (" + s.role().label() + ")")).toList());
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        return "alumni/groups";
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.length() > 100 ? value.substring(0, 100) : value;
    }
}
