package org.stepwise.scheduling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionView;
import org.stepwise.scheduling.WeekGeneration;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Site;
import org.stepwise.staff.SiteOverview;
import org.stepwise.staff.Track;

/** {@code /schedule/weeks/{yyyy-Www}}: a week's sessions day by day, at one site or all; and generating a week. */
@Controller
class WeekPages {

    /** One day of the week with its sessions in start order. */
    record Day(LocalDate date, List<SessionView> sessions) {}

    /** A track to generate, with its site, for the generation form. */
    record TrackChoice(TrackId id, String label) {}

    private final Schedule schedule;
    private final WeekGeneration generation;
    private final Organisation organisation;
    private final CurrentUser currentUser;
    private final Texts texts;
    private final Clock clock;

    WeekPages(Schedule schedule, WeekGeneration generation, Organisation organisation, CurrentUser currentUser,
            Texts texts, Clock clock) {
        this.schedule = schedule;
        this.generation = generation;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/schedule")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    String thisWeek() {
        return "redirect:/schedule/weeks/" + IsoWeek.containing(LocalDate.now(clock));
    }

    @GetMapping("/schedule/weeks/{week}")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    String week(@PathVariable String week, @RequestParam(required = false) @Nullable UUID site, Model model) {
        IsoWeek shown = Times.week(week);
        Site chosen = site == null ? null : organisation.site(new SiteId(site));
        List<SessionView> sessions = schedule.week(shown, chosen == null ? null : chosen.id());
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = shown.monday().plusDays(i);
            days.add(new Day(date, sessions.stream().filter(s -> s.day().equals(date)).toList()));
        }
        StepwiseUser user = currentUser.require();
        model.addAttribute("week", shown);
        model.addAttribute("days", days);
        model.addAttribute("count", sessions.size());
        model.addAttribute("sites", organisation.sites());
        model.addAttribute("site", chosen);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("previous", link(shown.previous(), site));
        model.addAttribute("next", link(shown.next(), site));
        model.addAttribute("thisWeek", link(IsoWeek.containing(LocalDate.now(clock)), site));
        model.addAttribute("canPlan", user.can(Permission.SCHEDULE_PLAN));
        model.addAttribute("tracks", tracks());
        return "scheduling/week";
    }

    @PostMapping("/schedule/weeks/{week}/generate")
    @PreAuthorize("hasAuthority('SCHEDULE_PLAN')")
    String generate(@PathVariable String week, @RequestParam(required = false) @Nullable UUID trackId,
            @RequestParam(required = false) @Nullable UUID site, RedirectAttributes redirect) {
        WeekGeneration.Result result = generation.generate(Times.week(week),
                trackId == null ? null : new TrackId(trackId));
        redirect.addFlashAttribute("notice", texts.get("schedule.week.generated", result.week().toString(),
                result.created(), result.alreadyThere(), result.skipped().size()));
        redirect.addFlashAttribute("skipped", new ArrayList<>(result.skipped()));
        return "redirect:" + link(result.week(), site);
    }

    private List<TrackChoice> tracks() {
        List<TrackChoice> tracks = new ArrayList<>();
        for (SiteOverview site : organisation.overview()) {
            for (SiteOverview.ProgramOverview program : site.programs()) {
                for (Track track : program.tracks()) {
                    tracks.add(new TrackChoice(track.id(), site.site().name() + " — " + program.program().name()
                            + " — " + track.name()));
                }
            }
        }
        return tracks;
    }

    private static String link(IsoWeek week, @Nullable UUID site) {
        return UriComponentsBuilder.fromPath("/schedule/weeks/{week}").queryParamIfPresent("site",
                java.util.Optional.ofNullable(site)).buildAndExpand(week.toString()).toUriString();
    }
}
