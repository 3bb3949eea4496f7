package org.stepwise.safety.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.safety.SafetyAlerts;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * "Open safety alerts" on the Today page, needing attention: the director sees every open alert, a care-team member
 * those of their clients.
 */
@Component
class SafetyTodayCards implements TodayCards {

    private final SafetyAlerts alerts;
    private final MessageSource messages;

    SafetyTodayCards(SafetyAlerts alerts, MessageSource messages) {
        this.alerts = alerts;
        this.messages = messages;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)
                || !(user.can(Permission.PROGRAM_OVERSIGHT) || user.role().isCareTeamBound())) {
            return List.of();
        }
        String title = messages.getMessage("safety.today.open", null, "Open safety alerts",
                LocaleContextHolder.getLocale());
        return List.of(new TodayCard(title, alerts.countOpenFor(user), "/safety/alerts", true));
    }
}
