package org.stepwise.scheduling.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.stepwise.scheduling.SessionNotices;
import org.stepwise.scheduling.internal.Facilitators;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/** "Changes to your sessions" on the Today page of everyone who facilitates: the unread notices of changes. */
@Component
class ScheduleTodayCards implements TodayCards {

    private final SessionNotices notices;
    private final Texts texts;

    ScheduleTodayCards(SessionNotices notices, Texts texts) {
        this.notices = notices;
        this.texts = texts;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        if (!user.can(Permission.SCHEDULE_VIEW) || !Facilitators.ROLES.contains(user.role())) {
            return List.of();
        }
        return List.of(new TodayCard(texts.get("schedule.today.changes"), notices.unread(user.staffId()),
                "/schedule/notices", true));
    }
}
