package org.stepwise.signals.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** "Level of care" on the chart's first screen, right after safety, for those who read clinical content. */
@Component
class SignalChartPanels implements ChartPanels {

    /** After safety alerts (0), before episodes (10): what to do next about the level of care. */
    static final int ORDER = 4;

    private final MessageSource messages;

    SignalChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        return List.of(new ChartPanel("level-of-care", messages.getMessage("signals.panel.title", null,
                "Level of care", LocaleContextHolder.getLocale()), "/clients/" + client + "/signals", ORDER));
    }
}
