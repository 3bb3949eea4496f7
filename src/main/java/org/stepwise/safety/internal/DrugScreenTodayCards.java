package org.stepwise.safety.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.safety.DrugScreens;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * "Screens due today" on the Today page of those who collect them (nurses, clinicians: who records clinical content
 * and is on care teams) and of the program director, who sees the clinic's.
 */
@Component
class DrugScreenTodayCards implements TodayCards {

    private final DrugScreens screens;
    private final MessageSource messages;

    DrugScreenTodayCards(DrugScreens screens, MessageSource messages) {
        this.screens = screens;
        this.messages = messages;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_READ)
                || !(user.can(Permission.PROGRAM_OVERSIGHT) || user.role().isCareTeamBound())) {
            return List.of();
        }
        long due = screens.countDueToday(user);
        String title = messages.getMessage("safety.today.screensDue", null, "Screens due today",
                LocaleContextHolder.getLocale());
        return List.of(new TodayCard(title, due, "/drug-screens/due", due > 0));
    }
}
