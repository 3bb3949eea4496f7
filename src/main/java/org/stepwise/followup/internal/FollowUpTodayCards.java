package org.stepwise.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.followup.FollowUp;
import org.stepwise.followup.FollowUpCounts;
import org.stepwise.followup.FollowUps;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * "Follow-ups" on the Today page: for the person they fell to, each one due within a week or overdue (oldest first) and
 * each needing re-engagement; for the director, the program's open, overdue and unassigned counts and the clients
 * needing re-engagement.
 */
@Component
class FollowUpTodayCards implements TodayCards {

    private final FollowUps followUps;
    private final MessageSource messages;
    private final Clock clock;

    FollowUpTodayCards(FollowUps followUps, MessageSource messages, Clock clock) {
        this.followUps = followUps;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        if (!user.can(Permission.FOLLOW_UP)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<TodayCard> cards = new ArrayList<>();
        if (user.role().isCareTeamBound()) {
            List<TodayCard.Item> mine = followUps.dueFor(user).stream().map(f -> item(f, today)).toList();
            cards.add(new TodayCard(text("followup.today.mine"), mine.size(), "/follow-ups", true, mine));
        }
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            FollowUpCounts counts = followUps.counts();
            cards.add(new TodayCard(text("followup.today.open"), counts.open(), "/follow-ups?everyone=true", false));
            cards.add(new TodayCard(text("followup.today.overdue"), counts.overdue(), "/follow-ups?everyone=true",
                    true));
            cards.add(new TodayCard(text("followup.today.unassigned"), counts.unassigned(),
                    "/follow-ups?everyone=true", true));
            List<TodayCard.Item> slipping = followUps.reEngagementNeeded().stream().map(f -> item(f, today)).toList();
            cards.add(new TodayCard(text("followup.today.reengagement"), counts.reEngagement(),
                    "/follow-ups?everyone=true", true, slipping));
        }
        return cards;
    }

    private TodayCard.Item item(FollowUp f, LocalDate today) {
        return new TodayCard.Item(f.clientName(), "/follow-ups/" + f.id(), f.label(), f.dueOn(), f.overdue(today),
                f.reEngagementNeeded() ? text("followup.status.REENGAGEMENT_NEEDED") : null);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
