package org.stepwise.careplan.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The treatment plan's section of the chart, after the episode of care and the week's hours. */
@Component
class PlanChartPanels implements ChartPanels {

    /** After the episode of care (10) and the week's hours (15). */
    static final int ORDER = 17;

    private final MessageSource messages;

    PlanChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        return List.of(new ChartPanel("treatment-plan", messages.getMessage("careplan.panel.title", null,
                "Treatment plan", LocaleContextHolder.getLocale()), "/clients/" + client + "/plan", ORDER));
    }
}
