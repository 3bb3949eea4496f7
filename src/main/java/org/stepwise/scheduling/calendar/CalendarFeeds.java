package org.stepwise.scheduling.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.StaffDeactivated;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Making, replacing and revoking feeds. One live feed per person: making a new one revokes the old in the same
 * transaction, under a lock on the person's feeds. Who may act:
 * <ul>
 *   <li>a client's feed: those who manage the schedule (SCHEDULE_MANAGE) and may open the client's chart;</li>
 *   <li>a staff member's feed: its holder makes, replaces and revokes it; an administrator (STAFF_ADMIN) may see that
 *       it exists and revoke it, never make one (its URL would then be known to someone else).</li>
 * </ul>
 * Forms send back the creation time of the feed they showed ({@code expected}, null for none), so that a second click,
 * a second tab or a colleague's change is answered with a conflict instead of silently replacing a feed unseen.
 */
@Service
public class CalendarFeeds {

    private static final String CHANGED = "This calendar feed changed after the page was shown (by someone else, in "
            + "another tab, or by a second click); nothing was changed. Reload the page to see the feed as it is now.";

    private final CalendarFeedStore store;
    private final ChartAccess chartAccess;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeeds(CalendarFeedStore store, ChartAccess chartAccess, StaffDirectory staff, CurrentUser currentUser,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.chartAccess = chartAccess;
        this.staff = staff;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret URL's token, shown once, and the feed it opens. */
    public record Issued(String token, LiveFeed feed) {}

    /**
     * The person's live feed, if any; a client's is audited as a view of their record.
     *
     * @throws NotFoundException no such client or staff member
     * @throws AccessDeniedException the user may not manage this person's feed
     */
    @Transactional
    public Optional<LiveFeed> live(FeedOwner owner) {
        String subject = authorise(owner, false);
        Optional<LiveFeed> live = store.live(owner);
        if (owner instanceof FeedOwner.OfClient c) {
            audit.record(AuditAction.VIEW, c.client(), subject, live.isPresent() ? "live" : "none");
        }
        return live;
    }

    /**
     * Makes a feed, revoking the person's live one.
     *
     * @param expected the creation time of the live feed the user saw, null when they saw none
     * @throws ConflictException the live feed is not the one the user saw
     */
    @Transactional
    public Issued create(FeedOwner owner, @Nullable Instant expected) {
        String subject = authorise(owner, true);
        store.lock(owner);
        Optional<LiveFeed> live = store.live(owner);
        if (!Objects.equals(live.map(LiveFeed::createdAt).orElse(null), expected)) {
            throw new ConflictException(CHANGED);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.revoke(owner, now);
        String token = FeedToken.generate();
        String by = currentUser.require().username();
        store.insert(FeedToken.hash(token), owner, now, by);
        if (live.isPresent()) {
            record(owner, subject, AuditAction.UPDATE, "calendar feed replaced; the previous URL stopped working");
        } else {
            record(owner, subject, AuditAction.CREATE, "calendar feed created");
        }
        return new Issued(token, new LiveFeed(now, by));
    }

    /**
     * Revokes the person's live feed: its URL stops working at once. False when there was none (revoking twice is not
     * an error).
     *
     * @param expected the creation time of the live feed the user saw
     * @throws ConflictException the live feed is not the one the user saw
     */
    @Transactional
    public boolean revoke(FeedOwner owner, @Nullable Instant expected) {
        String subject = authorise(owner, false);
        store.lock(owner);
        Optional<LiveFeed> live = store.live(owner);
        if (live.isEmpty()) {
            return false;
        }
        if (!live.get().createdAt().equals(expected)) {
            throw new ConflictException(CHANGED);
        }
        store.revoke(owner, clock.instant());
        record(owner, subject, AuditAction.UPDATE, "calendar feed revoked; its URL stopped working");
        return true;
    }

    /** A deactivated account's feed ends with it, as its sessions and API tokens do. */
    @EventListener
    void on(StaffDeactivated event) {
        FeedOwner owner = new FeedOwner.OfStaff(event.staff());
        store.lock(owner);
        if (store.revoke(owner, clock.instant()) > 0) {
            audit.record(AuditAction.ADMIN_CHANGE, null, "staff " + event.username(),
                    "calendar feed revoked: account deactivated");
        }
    }

    /** Checks who may act on the feed and returns the audit subject; {@code create} is stricter for staff feeds. */
    private String authorise(FeedOwner owner, boolean create) {
        StepwiseUser user = currentUser.require();
        return switch (owner) {
            case FeedOwner.OfClient c -> {
                if (!user.can(Permission.SCHEDULE_MANAGE)) {
                    throw new AccessDeniedException("Managing a client's calendar feed needs SCHEDULE_MANAGE.");
                }
                chartAccess.require(c.client());
                yield "calendar feed";
            }
            case FeedOwner.OfStaff s -> {
                StaffMember member = staff.byId(s.staff())
                        .orElseThrow(() -> new NotFoundException("There is no such staff member."));
                boolean own = member.id().equals(user.staffId());
                if (!own && (create || !user.can(Permission.STAFF_ADMIN))) {
                    throw new AccessDeniedException("Only its holder makes a staff member's calendar feed; an "
                            + "administrator may revoke it.");
                }
                yield "staff " + member.username();
            }
        };
    }

    /** A client's feed is part of their record; a staff member's is a change to an account, as in {@code security}. */
    private void record(FeedOwner owner, String subject, AuditAction clientAction, String what) {
        switch (owner) {
            case FeedOwner.OfClient c -> audit.record(clientAction, c.client(), subject, what);
            case FeedOwner.OfStaff s -> audit.record(AuditAction.ADMIN_CHANGE, null, subject,
                    (s.staff().equals(currentUser.require().staffId()) ? "by its holder: " : "by an administrator: ")
                            + what);
        }
    }
}
