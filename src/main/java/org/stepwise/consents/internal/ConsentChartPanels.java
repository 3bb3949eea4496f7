package org.stepwise.consents.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ChartPanel;
import org.stepwise.clients.ChartPanels;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/** The consents section of the client's chart, loaded from the consents page (which checks access again). */
@Component
class ConsentChartPanels implements ChartPanels {

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLIENT_VIEW)) {
            return List.of();
        }
        return List.of(new ChartPanel("consents", "Consents", "/clients/" + client + "/consents", 40));
    }
}
