package org.stepwise.scheduling.optimizer.timefold;

import java.time.DayOfWeek;
import java.util.UUID;
import org.stepwise.scheduling.optimizer.GroupSession;

/**
 * A group session as the constraints read it: times as minutes of the week and hours in hundredths, so that score
 * calculation is integer arithmetic. Identity equality on purpose: joins and groupings hash these often.
 */
public final class SessionFact {

    private final GroupSession session;
    private final int start;
    private final int end;
    private final int centiHours;

    public SessionFact(GroupSession session) {
        this.session = session;
        this.start = session.time().startMinuteOfWeek();
        this.end = session.time().endMinuteOfWeek();
        this.centiHours = Hundredths.of(session.countedHours());
    }

    public GroupSession session() {
        return session;
    }

    public UUID id() {
        return session.id();
    }

    public UUID seriesId() {
        return session.seriesId();
    }

    public UUID facilitatorId() {
        return session.facilitatorId();
    }

    public DayOfWeek day() {
        return session.time().day();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int seats() {
        return session.seats();
    }

    public int centiHours() {
        return centiHours;
    }

    @Override
    public String toString() {
        return session.label();
    }
}
