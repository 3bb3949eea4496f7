package org.stepwise.measures.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** "Scores over time" on the chart's first screen, after safety, for those who read clinical content. */
@Component
class TrendChartPanels implements ChartPanels {

    /** Right after safety (0) and before the episode (10): whether the client is getting better comes first. */
    static final int ORDER = 5;

    private final MessageSource messages;

    TrendChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        return List.of(new ChartPanel("measure-trends", messages.getMessage("measures.trend.panel", null,
                "Scores over time", LocaleContextHolder.getLocale()), "/clients/" + client + "/measure-trends", ORDER));
    }
}
