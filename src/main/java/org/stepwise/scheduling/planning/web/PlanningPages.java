package org.stepwise.scheduling.planning.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.planning.PlanPublisher;
import org.stepwise.scheduling.planning.RunView;
import org.stepwise.scheduling.planning.WeekPlanning;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.SiteId;
import org.stepwise.staff.Organisation;

/**
 * Planning a week: start the optimizer, watch its progress and current best (the page polls a fragment while it
 * runs), read every target it cannot meet and why, then accept (publish) or discard the plan.
 */
@Controller
class PlanningPages {

    private final WeekPlanning planning;
    private final PlanPublisher publisher;
    private final Organisation organisation;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    PlanningPages(WeekPlanning planning, PlanPublisher publisher, Organisation organisation, CurrentUser currentUser,
            AuditLog audit, Clock clock) {
        this.planning = planning;
        this.publisher = publisher;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/schedule/weeks/{week}/plan")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String week(@PathVariable String week, Model model) {
        IsoWeek isoWeek = Weeks.parse(week);
        model.addAttribute("week", isoWeek);
        model.addAttribute("runs", planning.recent(isoWeek));
        model.addAttribute("sites", organisation.sites());
        model.addAttribute("nextWeek", IsoWeek.containing(LocalDate.now(clock)).next());
        return "scheduling/planning/week";
    }

    @PostMapping("/schedule/weeks/{week}/plan")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String start(@PathVariable String week, @RequestParam(required = false) @Nullable String site,
            RedirectAttributes redirect) {
        IsoWeek isoWeek = Weeks.parse(week);
        try {
            UUID run = planning.start(isoWeek, Weeks.site(site), currentUser.require().username());
            return "redirect:/schedule/runs/" + run;
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/schedule/weeks/" + isoWeek + "/plan";
        }
    }

    @GetMapping("/schedule/runs/{id}")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String run(@PathVariable UUID id, Model model) {
        RunView run = planning.view(id);
        audit.record(AuditAction.VIEW, null, "schedule run " + id, "optimizer plan for week " + run.week());
        model.addAttribute("run", run);
        model.addAttribute("zone", clock.getZone());
        return "scheduling/planning/run";
    }

    /** The part of the run page that refreshes while the optimizer works. */
    @GetMapping("/schedule/runs/{id}/progress")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("run", planning.view(id));
        model.addAttribute("zone", clock.getZone());
        return "scheduling/planning/run :: progress";
    }

    @PostMapping("/schedule/runs/{id}/stop")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String stop(@PathVariable UUID id) {
        planning.view(id);
        planning.stop(id);
        return "redirect:/schedule/runs/" + id;
    }

    @PostMapping("/schedule/runs/{id}/accept")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String accept(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            PlanPublisher.Published published = publisher.accept(id, version, currentUser.require().username());
            redirect.addFlashAttribute("published", published);
        } catch (ConflictException | InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/schedule/runs/" + id;
    }

    @PostMapping("/schedule/runs/{id}/discard")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String discard(@PathVariable UUID id, @RequestParam int version, RedirectAttributes redirect) {
        try {
            publisher.discard(id, version, currentUser.require().username());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/schedule/runs/" + id;
    }

}
