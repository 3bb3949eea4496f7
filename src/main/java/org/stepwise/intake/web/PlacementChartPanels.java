package org.stepwise.intake.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The client's level-of-care placements on the chart, for those who read clinical content. */
@Component
class PlacementChartPanels implements ChartPanels {

    private final MessageSource messages;

    PlacementChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        return List.of(new ChartPanel("placements", messages.getMessage("placementPage.panel.title", null,
                "Level-of-care placement", LocaleContextHolder.getLocale()), "/clients/" + client + "/placements", 30));
    }
}
