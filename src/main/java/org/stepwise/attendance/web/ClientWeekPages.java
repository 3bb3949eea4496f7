package org.stepwise.attendance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.attendance.AttendanceAlert;
import org.stepwise.attendance.AttendanceAlertId;
import org.stepwise.attendance.AttendanceAlerts;
import org.stepwise.attendance.ClientWeek;
import org.stepwise.attendance.ClientWeeks;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * A client's week (a page of its own, and the chart's "Weekly hours" section loaded with htmx), the open attendance
 * alerts the user answers for, and closing an alert.
 */
@Controller
class ClientWeekPages {

    private final ClientWeeks weeks;
    private final AttendanceAlerts alerts;
    private final ClientRegistry registry;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClientWeekPages(ClientWeeks weeks, AttendanceAlerts alerts, ClientRegistry registry, CurrentUser currentUser,
            Clock clock) {
        this.weeks = weeks;
        this.alerts = alerts;
        this.registry = registry;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/clients/{clientId}/weeks/{week}")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    String week(@PathVariable UUID clientId, @PathVariable String week,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
            Model model) {
        page(model, new ClientId(clientId), Weeks.parse(week), null, Map.of());
        return htmx != null && historyRestore == null ? "attendance/week :: content" : "attendance/week";
    }

    @GetMapping("/attendance/alerts")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    String alerts(Model model) {
        StepwiseUser user = currentUser.require();
        model.addAttribute("alerts", alerts.openForMe());
        model.addAttribute("everyone", user.can(Permission.PROGRAM_OVERSIGHT));
        model.addAttribute("careTeam", user.role().isCareTeamBound());
        model.addAttribute("zone", clock.getZone());
        return "attendance/alerts";
    }

    @PostMapping("/attendance/alerts/{alertId}/close")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    String close(@PathVariable UUID alertId, @ModelAttribute("close") CloseForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AttendanceAlertId id = new AttendanceAlertId(alertId);
        AttendanceAlert alert = alerts.find(id);
        String back = "/clients/" + alert.client() + "/weeks/" + alert.week();
        try {
            alerts.close(id, form.version(), form.note());
            redirect.addFlashAttribute("notice", "attendance.alert.closed");
            return "redirect:" + back;
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            page(model, alert.client(), alert.week(), alert.id(), e.fieldErrors().isEmpty()
                    ? Map.of("note", String.valueOf(e.getMessage())) : e.fieldErrors());
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            page(model, alert.client(), alert.week(), alert.id(), Map.of("note", String.valueOf(e.getMessage())));
        }
        model.addAttribute("closeNote", form.note());
        return "attendance/week";
    }

    private void page(Model model, ClientId client, IsoWeek week, @Nullable AttendanceAlertId failed,
            Map<String, String> closeErrors) {
        Optional<ClientWeek> shown = weeks.ofClient(client, week);
        StepwiseUser user = currentUser.require();
        model.addAttribute("clientId", client.value());
        model.addAttribute("summary", registry.find(client)
                .orElseThrow(() -> new NotFoundException("There is no client with id " + client + ".")));
        model.addAttribute("isoWeek", week);
        model.addAttribute("clientWeek", shown.orElse(null));
        model.addAttribute("alerts", alerts.openForClient(client));
        model.addAttribute("canClose", user.can(Permission.SCHEDULE_MANAGE));
        model.addAttribute("canCheckIn", user.can(Permission.CHECK_IN));
        model.addAttribute("failedAlert", failed == null ? "" : failed.toString());
        model.addAttribute("closeErrors", closeErrors);
        model.addAttribute("thisWeek", IsoWeek.containing(java.time.LocalDate.now(clock)));
        model.addAttribute("zone", clock.getZone());
    }
}
