package org.stepwise.scheduling.optimizer.timefold;

import java.time.DayOfWeek;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.optimizer.GroupSession;

/**
 * A group session as the constraints read it: times as minutes of the week and hours in hundredths, so that score
 * calculation is integer arithmetic. Identity equality on purpose: joins and groupings hash these often.
 *
 * <p>{@link #none()} is "no session": the last value of every seat's range, so that the construction heuristic, which
 * takes the first value that does not worsen the score, tries every real session before leaving a seat empty (with a
 * nullable variable Timefold tries "unassigned" first, and first-fit then books nothing). Constraints skip it.
 */
public final class SessionFact {

    private final @Nullable GroupSession session;
    private final int start;
    private final int end;
    private final int centiHours;

    public SessionFact(GroupSession session) {
        this.session = session;
        this.start = session.time().startMinuteOfWeek();
        this.end = session.time().endMinuteOfWeek();
        this.centiHours = Hundredths.of(session.countedHours());
    }

    private SessionFact() {
        this.session = null;
        this.start = -1;
        this.end = -1;
        this.centiHours = 0;
    }

    /** A new "no session" value; one per solution, shared by all its seats. */
    public static SessionFact none() {
        return new SessionFact();
    }

    public boolean isNone() {
        return session == null;
    }

    public GroupSession session() {
        GroupSession real = session;
        if (real == null) {
            throw new IllegalStateException("no session");
        }
        return real;
    }

    public UUID id() {
        return session().id();
    }

    public UUID seriesId() {
        return session().seriesId();
    }

    public UUID facilitatorId() {
        return session().facilitatorId();
    }

    public DayOfWeek day() {
        return session().time().day();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int seats() {
        return session().seats();
    }

    public int centiHours() {
        return centiHours;
    }

    @Override
    public String toString() {
        return session == null ? "no session" : session.label();
    }
}
