package org.stepwise.scheduling.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.SiteId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Site;

/**
 * The iCalendar document behind a secret URL: the holder's sessions from four weeks back to twelve weeks ahead. Nobody
 * is signed in when a calendar app fetches it; the secret is the credential, and each fetch is audited under the name
 * {@value #AUDIT_USER} (with the client, for a client's feed).
 */
@Service
public class FeedDocuments {

    static final String AUDIT_USER = "calendar-feed";
    static final Duration BACK = Duration.ofDays(28);
    static final Duration AHEAD = Duration.ofDays(84);

    private final CalendarFeedStore store;
    private final Schedule schedule;
    private final Organisation organisation;
    private final AuditLog audit;
    private final Clock clock;

    FeedDocuments(CalendarFeedStore store, Schedule schedule, Organisation organisation, AuditLog audit, Clock clock) {
        this.store = store;
        this.schedule = schedule;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    /** The calendar a token opens; empty for a malformed, unknown or revoked token alike. */
    @Transactional
    public Optional<String> fetch(String token) {
        if (!FeedToken.wellFormed(token)) {
            return Optional.empty();
        }
        return store.holder(FeedToken.hash(token)).map(this::calendar);
    }

    private String calendar(CalendarFeedStore.Holder holder) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = now.minus(BACK);
        Instant to = now.plus(AHEAD);
        return switch (holder.owner()) {
            case FeedOwner.OfClient c -> {
                List<SessionView> sessions = schedule.bookedBy(c.client(), from, to);
                audit.recordAs(AUDIT_USER, "", AuditAction.EXPORT, c.client(), "calendar feed",
                        "fetched: " + sessions.size() + " sessions");
                yield ICalendarText.of("Appointments", FeedEvents.forClient(sessions, placeFinder()), now);
            }
            case FeedOwner.OfStaff s -> {
                List<SessionView> sessions = schedule.facilitatedBy(s.staff(), from, to);
                audit.recordAs(AUDIT_USER, "", AuditAction.EXPORT, null, "calendar feed of staff " + holder.username(),
                        "fetched: " + sessions.size() + " sessions");
                yield ICalendarText.of("Stepwise sessions", FeedEvents.forStaff(sessions), now);
            }
        };
    }

    /** A site's street address for a client's phone (a map app can use it), its name only when none is recorded. */
    private java.util.function.Function<SiteId, String> placeFinder() {
        Map<SiteId, String> places = new HashMap<>();
        return site -> places.computeIfAbsent(site, id -> {
            Site known = organisation.site(id);
            return known.address() == null || known.address().isBlank() ? known.name() : known.address();
        });
    }
}
