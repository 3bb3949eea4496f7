package org.stepwise.signals.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.signals.LevelOfCareSignals;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * "Open level-of-care signals" on the Today page: every open signal for the director, those of their clients for
 * care-team members.
 */
@Component
class SignalTodayCards implements TodayCards {

    private final LevelOfCareSignals signals;
    private final MessageSource messages;

    SignalTodayCards(LevelOfCareSignals signals, MessageSource messages) {
        this.signals = signals;
        this.messages = messages;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)
                || !(user.can(Permission.PROGRAM_OVERSIGHT) || user.role().isCareTeamBound())) {
            return List.of();
        }
        String title = messages.getMessage("signals.today.open", null, "Open level-of-care signals",
                LocaleContextHolder.getLocale());
        return List.of(new TodayCard(title, signals.countOpenFor(user), "/signals", true));
    }
}
