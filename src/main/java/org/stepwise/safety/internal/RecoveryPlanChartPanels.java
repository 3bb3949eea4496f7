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

/**
 * The safety plan on the chart's first screen, right under the safety alerts and above the episode of care, with the
 * site's crisis lines; the relapse prevention plan after the treatment plan.
 */
@Component
class RecoveryPlanChartPanels implements ChartPanels {

    /** After the safety alerts (0), before the episode of care (10): one click from anyone who opens the chart. */
    static final int SAFETY_PLAN_ORDER = 3;
    /** After the treatment plan (17). */
    static final int RELAPSE_PLAN_ORDER = 19;

    private final MessageSource messages;

    RecoveryPlanChartPanels(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<ChartPanel> panelsFor(ClientId client, StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)) {
            return List.of();
        }
        return List.of(
                new ChartPanel("safety-plan", title("safety.plan.kind.SAFETY", "Safety plan"),
                        "/clients/" + client + "/safety-plan", SAFETY_PLAN_ORDER),
                new ChartPanel("relapse-plan", title("safety.plan.kind.RELAPSE_PREVENTION", "Relapse prevention plan"),
                        "/clients/" + client + "/relapse-plan", RELAPSE_PLAN_ORDER));
    }

    private String title(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
