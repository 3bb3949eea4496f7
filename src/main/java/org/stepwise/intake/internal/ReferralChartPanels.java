package org.stepwise.intake.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The client's referrals on the chart, for those who work the intake pipeline. */
@Component
class ReferralChartPanels implements ChartPanels {

    private final MessageSource messages;

    ReferralChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.INTAKE)) {
            return List.of();
        }
        return List.of(new ChartPanel("referrals",
                messages.getMessage("referrals.chart.title", null, "Referrals", LocaleContextHolder.getLocale()),
                "/clients/" + client + "/referrals", 60));
    }
}
