package org.stepwise.discharge.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The chart's "Discharge summary" section, once the client has one: right after the episode of care (10). */
@Component
class DischargeChartPanels implements ChartPanels {

    static final int ORDER = 12;

    private final SummaryStore store;
    private final MessageSource messages;

    DischargeChartPanels(SummaryStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ) || !store.existsFor(client)) {
            return List.of();
        }
        return List.of(new ChartPanel("discharge-summary", messages.getMessage("discharge.panel.title", null,
                "Discharge summary", LocaleContextHolder.getLocale()), "/clients/" + client + "/discharge-summaries",
                ORDER));
    }
}
