package org.stepwise.clients.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.clients.ClientSearch;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * The registry's counts on the Today page: break-glass accesses to review (program oversight), clients registered in
 * the last seven days (those who register clients), and "my clients" (care-team bound roles).
 */
@Component
class ClientTodayCards implements TodayCards {

    private final BreakGlassAccesses breakGlass;
    private final ClientQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    ClientTodayCards(BreakGlassAccesses breakGlass, ClientQueries queries, MessageSource messages, Clock clock) {
        this.breakGlass = breakGlass;
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        List<TodayCard> cards = new ArrayList<>();
        if (user.can(Permission.PROGRAM_OVERSIGHT)) {
            cards.add(new TodayCard(text("clients.today.breakGlass"), breakGlass.countUnreviewed(),
                    "/clients/break-glass", true));
        }
        if (user.can(Permission.CLIENT_CREATE)) {
            cards.add(new TodayCard(text("clients.today.recent"),
                    queries.countRegisteredSince(clock.instant().minus(ClientSearch.RECENT)), "/clients?recent=true",
                    false));
        }
        if (user.role().isCareTeamBound()) {
            cards.add(new TodayCard(text("clients.today.mine"), queries.countOnCareTeamOf(user.staffId()),
                    "/clients?mine=true", false));
        }
        return cards;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
