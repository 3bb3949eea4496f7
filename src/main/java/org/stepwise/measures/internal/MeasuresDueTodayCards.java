package org.stepwise.measures.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.measures.MeasuresDue;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * "Measures due" on a care-team member's Today page, highlighted when any is overdue; and for the program director the
 * schedules in use, the way to the page where they are kept.
 */
@Component
class MeasuresDueTodayCards implements TodayCards {

    private final MeasuresDue due;
    private final ScheduleStore schedules;
    private final MessageSource messages;

    MeasuresDueTodayCards(MeasuresDue due, ScheduleStore schedules, MessageSource messages) {
        this.due = due;
        this.schedules = schedules;
        this.messages = messages;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            return List.of(new TodayCard(messages.getMessage("measures.schedules.today", null, "Measure schedules in use",
                    LocaleContextHolder.getLocale()), schedules.active().size(), "/measures/schedules", false));
        }
        if (!user.can(Permission.CLINICAL_READ) || !user.role().isCareTeamBound()) {
            return List.of();
        }
        MeasuresDue.Counts counts = due.countFor(user);
        return List.of(new TodayCard(messages.getMessage("measures.due.today", null, "Measures due",
                LocaleContextHolder.getLocale()), counts.due(), "/measures/due", counts.overdue() > 0));
    }
}
