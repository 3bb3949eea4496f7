package org.stepwise.episodes.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.episodes.TrackRosters;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.Role;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * Issue 7: on the intake coordinator's and the director's Today page, the places that came free and were offered to
 * waiting clients who are still to be admitted (needing attention while any is). Links to the tracks and their rosters.
 */
@Component
class PlacesOfferedTodayCards implements TodayCards {

    private final TrackRosters rosters;
    private final MessageSource messages;

    PlacesOfferedTodayCards(TrackRosters rosters, MessageSource messages) {
        this.rosters = rosters;
        this.messages = messages;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        boolean admits = user.can(Permission.INTAKE)
                && (user.role() == Role.INTAKE_COORDINATOR || user.can(Permission.PROGRAM_OVERSIGHT));
        if (!admits) {
            return List.of();
        }
        long offered = rosters.countPlacesOffered();
        return List.of(new TodayCard(messages.getMessage("episodes.today.placesOffered", null,
                "Places offered", LocaleContextHolder.getLocale()), offered, "/tracks", offered > 0));
    }
}
