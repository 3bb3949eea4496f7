package org.stepwise.scheduling.calendar;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The client's calendar feed, low on the chart, for those who manage the schedule. */
@Component
class CalendarFeedChartPanels implements ChartPanels {

    /** After the clinical sections: a feed is an errand, not something to read first. */
    static final int ORDER = 90;

    private final MessageSource messages;

    CalendarFeedChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.SCHEDULE_MANAGE)) {
            return List.of();
        }
        return List.of(new ChartPanel("calendar-feed", messages.getMessage("calendar.panel.title", null,
                "Calendar feed", LocaleContextHolder.getLocale()), "/clients/" + client + "/calendar-feed", ORDER));
    }
}
