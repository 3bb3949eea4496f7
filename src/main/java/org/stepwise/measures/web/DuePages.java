package org.stepwise.measures.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stepwise.measures.MeasureDueLine;
import org.stepwise.measures.MeasuresDue;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;

/**
 * The due lists: the signed-in clinician's (clients on their care team, oldest first, each with a link to the entry
 * form) with links to the lists of the groups they lead today; and a group session's list ({@code
 * /sessions/{id}/measures-due}), a page of its own so that the schedule's session page stays as it is.
 */
@Controller
class DuePages {

    private final MeasuresDue due;
    private final Schedule schedule;
    private final CurrentUser currentUser;
    private final Clock clock;

    DuePages(MeasuresDue due, Schedule schedule, CurrentUser currentUser, Clock clock) {
        this.due = due;
        this.schedule = schedule;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/measures/due")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String mine(Model model) {
        List<MeasureDueLine> lines = due.viewMine();
        LocalDate today = LocalDate.now(clock);
        List<SessionView> groups = schedule.facilitatedBy(currentUser.require().staffId(),
                        today.atStartOfDay(clock.getZone()).toInstant(),
                        today.plusDays(1).atStartOfDay(clock.getZone()).toInstant()).stream()
                .filter(s -> !s.cancelled() && s.booked() > 0).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("overdue", lines.stream().filter(MeasureDueLine::overdue).count());
        model.addAttribute("groups", groups);
        model.addAttribute("today", today);
        return "measures/due";
    }

    @GetMapping("/sessions/{sessionId}/measures-due")
    @PreAuthorize("hasAuthority('CLINICAL_READ')")
    String session(@PathVariable UUID sessionId, Model model) {
        MeasuresDue.SessionDue session = due.viewForSession(new SessionId(sessionId));
        model.addAttribute("s", session.session());
        model.addAttribute("lines", session.lines());
        model.addAttribute("notShown", session.notShown());
        return "measures/session-due";
    }
}
