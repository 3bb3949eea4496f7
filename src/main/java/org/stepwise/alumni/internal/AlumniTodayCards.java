package org.stepwise.alumni.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.alumni.AlumniGroups;
import org.stepwise.alumni.AlumniRoster;
import org.stepwise.alumni.AlumniSession;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ProgramId;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * On the day of an alumni group, for those who check people in and for the group's facilitator: "Alumni group today
 * (18:00, Main clinic)" with how many alumni are on the program's roster, linking to the check-in list.
 */
@Component
class AlumniTodayCards implements TodayCards {

    private final AlumniGroups groups;
    private final AlumniRoster roster;
    private final MessageSource messages;

    AlumniTodayCards(AlumniGroups groups, AlumniRoster roster, MessageSource messages) {
        this.groups = groups;
        this.roster = roster;
        this.messages = messages;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        boolean checksIn = user.can(Permission.CHECK_IN);
        if (!checksIn && !user.can(Permission.FOLLOW_UP)) {
            return List.of();
        }
        List<TodayCard> cards = new ArrayList<>();
        Map<ProgramId, Integer> rosterSizes = new HashMap<>();
        for (AlumniSession s : groups.today()) {
            if (s.session().cancelled() || !(checksIn || s.session().facilitator().equals(user.staffId()))) {
                continue;
            }
            String title = messages.getMessage("alumni.today.group", new Object[] {s.session().startTime().toString(),
                    s.session().siteName(), s.programName()}, LocaleContextHolder.getLocale());
            // A program meeting twice today (two sites, an afternoon and an evening group) is counted once.
            int alumni = rosterSizes.computeIfAbsent(s.program(), roster::activeCount);
            cards.add(new TodayCard(title, alumni, "/alumni/sessions/" + s.session().id(), false));
        }
        return cards;
    }
}
