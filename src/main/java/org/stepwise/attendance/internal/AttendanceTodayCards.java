package org.stepwise.attendance.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.attendance.AttendanceAlerts;
import org.stepwise.attendance.CheckIns;
import org.stepwise.attendance.SessionToCheckIn;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.today.TodayCard;
import org.stepwise.today.TodayCards;

/**
 * On the Today page: for those who check people in, today's sessions with clients still to check in (the way to the
 * rosters); for the director every open attendance alert, for a care-team member those of their clients.
 */
@Component
class AttendanceTodayCards implements TodayCards {

    private final CheckIns checkIns;
    private final AttendanceAlerts alerts;
    private final MessageSource messages;

    AttendanceTodayCards(CheckIns checkIns, AttendanceAlerts alerts, MessageSource messages) {
        this.checkIns = checkIns;
        this.alerts = alerts;
        this.messages = messages;
    }

    @Override
    public List<TodayCard> cardsFor(StepwiseUser user) {
        List<TodayCard> cards = new ArrayList<>();
        if (user.can(Permission.CHECK_IN)) {
            long waiting = checkIns.today().stream().filter(AttendanceTodayCards::waiting).count();
            cards.add(new TodayCard(text("attendance.today.checkIn", "Sessions to check in today"), waiting,
                    "/attendance", false));
        }
        if (user.can(Permission.SCHEDULE_VIEW)
                && (user.can(Permission.PROGRAM_OVERSIGHT) || user.role().isCareTeamBound())) {
            cards.add(new TodayCard(text("attendance.today.alerts", "Clients falling behind on hours"),
                    alerts.countOpenFor(user), "/attendance/alerts", true));
        }
        return cards;
    }

    /** A session counts while any client booked into it has no record yet. */
    private static boolean waiting(SessionToCheckIn session) {
        return session.waiting() > 0;
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
