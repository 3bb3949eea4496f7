package org.stepwise.aftercare.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The chart's "Aftercare plan" section: each episode's plan, with the way to write, share and refer. */
@Component
class AftercareChartPanels implements ChartPanels {

    /** After the episode of care (10), before attendance (15): what the client leaves with. */
    static final int ORDER = 13;

    private final MessageSource messages;

    AftercareChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        return List.of(new ChartPanel("aftercare-plan", messages.getMessage("aftercare.panel.title", null,
                "Aftercare plan", LocaleContextHolder.getLocale()), "/clients/" + client + "/aftercare-plan", ORDER));
    }
}
