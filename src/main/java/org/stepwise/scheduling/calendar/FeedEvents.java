package org.stepwise.scheduling.calendar;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.Modality;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.SiteId;

/**
 * What a feed's events say: the privacy rules of docs/decisions/0008-calendar-feeds.md, in one place.
 *
 * <p>A client's feed is read on their own phone, where family, colleagues and lock-screen notifications may see it
 * (42 CFR Part 2, HIPAA). Its events therefore say only "Group session" or "Appointment" and where: never the
 * program's, track's, session type's or session's name, the facilitator, a diagnosis, or any "substance" or "recovery"
 * wording; nor who else is booked.
 *
 * <p>A staff member's feed names the session, the room and how many are booked, never a client: the free-text title of
 * a one-client session (individual, family, medication management) often names its client, so those show the session
 * type instead; and a cancellation's free-text reason is left out for the same reason.
 */
final class FeedEvents {

    static final String GROUP_SESSION = "Group session";
    static final String APPOINTMENT = "Appointment";
    static final String TELEHEALTH = "Telehealth";
    static final String CANCELLED = "Cancelled: ";

    private FeedEvents() {}

    /**
     * A client's events.
     *
     * @param placeOf where a site is, as the client's phone should show it (its street address when recorded)
     */
    static List<CalendarEvent> forClient(List<SessionView> sessions, Function<SiteId, String> placeOf) {
        return sessions.stream().map(s -> {
            String what = s.category().isGroup() ? GROUP_SESSION : APPOINTMENT;
            String where = s.modality() == Modality.TELEHEALTH ? TELEHEALTH : join(placeOf.apply(s.site()), s.roomName());
            return event(s, what, where, null);
        }).toList();
    }

    /** A staff member's events: the sessions they facilitate. */
    static List<CalendarEvent> forStaff(List<SessionView> sessions) {
        return sessions.stream().map(s -> {
            String what = s.category().isGroup() ? s.title() : s.typeName();
            String where = s.modality() == Modality.TELEHEALTH ? TELEHEALTH : join(s.siteName(), s.roomName());
            String booked = s.booked() + " of " + s.cap() + " booked.";
            String description = s.trackName() == null ? s.typeName() + ". " + booked
                    : s.typeName() + ", " + s.trackName() + ". " + booked;
            return event(s, what, where, description);
        }).toList();
    }

    private static CalendarEvent event(SessionView s, String what, String where, @Nullable String description) {
        return new CalendarEvent(s.id() + "@stepwise", s.startsAt(), s.endsAt(),
                s.cancelled() ? CANCELLED + what : what, where, description, s.version(), s.cancelled());
    }

    private static String join(String place, @Nullable String room) {
        return room == null ? place : place + ", " + room;
    }
}
