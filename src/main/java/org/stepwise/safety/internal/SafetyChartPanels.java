package org.stepwise.safety.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The client's safety alerts, first on the chart, for those who read clinical content. */
@Component
class SafetyChartPanels implements ChartPanels {

    /** Before every other section: safety first. */
    static final int ORDER = 0;

    private final MessageSource messages;

    SafetyChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        return List.of(new ChartPanel("safety-alerts", messages.getMessage("safety.panel.title", null,
                "Safety alerts", LocaleContextHolder.getLocale()), "/clients/" + client + "/safety-alerts", ORDER));
    }
}
