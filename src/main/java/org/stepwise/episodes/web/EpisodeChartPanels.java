package org.stepwise.episodes.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** Puts the episode of care near the top of the client's chart. */
@Component
class EpisodeChartPanels implements ChartPanels {

    private final MessageSource messages;

    EpisodeChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLIENT_VIEW)) {
            return List.of();
        }
        String title = messages.getMessage("episodes.panel.title", null, "Episode of care",
                LocaleContextHolder.getLocale());
        return List.of(new ChartPanel("episodes", title, "/clients/" + client + "/episodes", 10));
    }
}
