package org.stepwise.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.measures.internal.DueLists;
import org.stepwise.measures.internal.DueReader;
import org.stepwise.measures.internal.InstrumentCatalogue;
import org.stepwise.measures.internal.ScheduleStore;
import org.stepwise.measures.scoring.Instrument;
import org.stepwise.scheduling.BookedClient;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;

/**
 * What measures are due, worked out from the schedules each time it is asked (so it is current the moment a score is
 * saved): for the clients on a clinician's care team, and for the clients booked into a group session. Lists shown to
 * a person are audited, one VIEW row per client shown; counts for the Today card are not (they name no one).
 */
@Service
public class MeasuresDue {

    private final DueReader reader;
    private final ScheduleStore schedules;
    private final InstrumentCatalogue catalogue;
    private final Schedule sessions;
    private final ChartAccess chartAccess;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    MeasuresDue(DueReader reader, ScheduleStore schedules, InstrumentCatalogue catalogue, Schedule sessions,
            ChartAccess chartAccess, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.reader = reader;
        this.schedules = schedules;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.chartAccess = chartAccess;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** How many measures are due for the clients on this person's care team, and how many of them are overdue. */
    public record Counts(long due, long overdue) {}

    /** Counts for the Today card: nothing shown but numbers, so nothing audited. */
    @Transactional(readOnly = true)
    public Counts countFor(StepwiseUser user) {
        List<MeasureDueLine> lines = careTeamLines(user);
        return new Counts(lines.size(), lines.stream().filter(MeasureDueLine::overdue).count());
    }

    /** The signed-in person's list: the clients on their care team with a measure due today, oldest first. */
    @Transactional
    public List<MeasureDueLine> viewMine() {
        List<MeasureDueLine> lines = careTeamLines(currentUser.require());
        auditShown(lines, "measures due (care team)");
        return lines;
    }

    /**
     * The clients booked into a session who have a measure due on the session's day.
     *
     * @param notShown how many booked clients the signed-in person may not open (not on their care team): counted, not
     *     named
     */
    public record SessionDue(SessionView session, List<MeasureDueLine> lines, int notShown) {}

    /** @throws org.stepwise.shared.NotFoundException when there is no such session */
    @Transactional
    public SessionDue viewForSession(SessionId id) {
        SessionView session = sessions.get(id);
        List<ClientId> open = new ArrayList<>();
        int hidden = 0;
        for (BookedClient booked : sessions.roster(id)) {
            if (chartAccess.decide(booked.client()).allowed()) {
                open.add(booked.client());
            } else {
                hidden++;
            }
        }
        LocalDate day = session.day();
        List<MeasureDueLine> lines = DueLists.lines(reader.ofClients(open, day), schedules.active(),
                reader.administrations(open), day, this::instrumentName);
        auditShown(lines, "measures due (session " + day + ")");
        return new SessionDue(session, lines, hidden);
    }

    private List<MeasureDueLine> careTeamLines(StepwiseUser user) {
        LocalDate today = LocalDate.now(clock);
        List<DueReader.EpisodeRow> episodes = reader.careTeamOf(user.staffId(), today);
        List<ClientId> clients = episodes.stream().map(DueReader.EpisodeRow::client).toList();
        return DueLists.lines(episodes, schedules.active(), reader.administrations(clients), today,
                this::instrumentName);
    }

    private void auditShown(List<MeasureDueLine> lines, String subject) {
        lines.stream().map(MeasureDueLine::client).distinct()
                .forEach(client -> audit.record(AuditAction.VIEW, client, subject, null));
    }

    private String instrumentName(String code) {
        return catalogue.find(code).map(Instrument::definition).map(d -> d.name()).orElse(code);
    }
}
