package org.stepwise.scheduling.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** Puts the client's schedule just below the episode of care on their chart. */
@Component
class ScheduleChartPanels implements ChartPanels {

    private final Texts texts;

    ScheduleChartPanels(Texts texts) {
        this.texts = texts;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.SCHEDULE_VIEW)) {
            return List.of();
        }
        return List.of(new ChartPanel("schedule", texts.get("schedule.panel.title"), "/clients/" + client + "/schedule", 15));
    }
}
