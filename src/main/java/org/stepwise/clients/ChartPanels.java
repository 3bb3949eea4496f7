package org.stepwise.clients;

import java.util.List;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/**
 * Implemented by a module that shows something on a client's chart (episodes, measures, safety alerts, consents…), so
 * that the clients module depends on none of them. Called only after the chart-access check has let the user in;
 * return only the panels the user's role may see.
 */
public interface ChartPanels {

    List<ChartPanel> panelsFor(ClientId client, StepwiseUser user);
}
