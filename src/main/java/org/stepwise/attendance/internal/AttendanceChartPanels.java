package org.stepwise.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.scheduling.IsoWeek;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The client's current week, scheduled and attended hours against the target, just below the episode of care. */
@Component
class AttendanceChartPanels implements ChartPanels {

    /** After the episode of care (10), which holds the target. */
    static final int ORDER = 15;

    private final MessageSource messages;
    private final Clock clock;

    AttendanceChartPanels(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.SCHEDULE_VIEW)) {
            return List.of();
        }
        IsoWeek week = IsoWeek.containing(LocalDate.now(clock));
        return List.of(new ChartPanel("weekly-hours", messages.getMessage("attendance.panel.title", null,
                "Weekly hours", LocaleContextHolder.getLocale()), "/clients/" + client + "/weeks/" + week, ORDER));
    }
}
