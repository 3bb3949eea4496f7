package org.stepwise.notes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stepwise.attendance.CheckIns;
import org.stepwise.attendance.RosterLine;
import org.stepwise.attendance.SessionRoster;
import org.stepwise.careplan.PlanObjective;
import org.stepwise.careplan.PlanObjectives;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.notes.GroupNoteSheet;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;

/**
 * Who a group note is for: the session's roster with attendance (read through attendance's public API, which audits
 * each client listed), split into those who attended and get an entry, those absent, and those not checked in; and the
 * attending clients' active objectives, read for the whole group in one query.
 */
@Component
public class GroupRoster {

    private final CheckIns checkIns;
    private final PlanObjectives objectives;

    GroupRoster(CheckIns checkIns, PlanObjectives objectives) {
        this.checkIns = checkIns;
        this.objectives = objectives;
    }

    public record Split(SessionRoster roster, List<RosterLine> attending, List<GroupNoteSheet.Other> absent,
            List<GroupNoteSheet.Other> notCheckedIn, Map<ClientId, List<PlanObjective>> objectives) {

        public Map<ClientId, RosterLine> attendingByClient() {
            return attending.stream().collect(Collectors.toMap(RosterLine::client, l -> l, (a, b) -> a,
                    java.util.LinkedHashMap::new));
        }
    }

    public Split of(SessionId session) {
        SessionRoster roster = checkIns.roster(session);
        List<RosterLine> attending = new ArrayList<>();
        List<GroupNoteSheet.Other> absent = new ArrayList<>();
        List<GroupNoteSheet.Other> notCheckedIn = new ArrayList<>();
        for (RosterLine line : roster.lines()) {
            if (line.record() == null) {
                notCheckedIn.add(new GroupNoteSheet.Other(line.client(), line.displayName(), line.recordNumber(),
                        "No attendance recorded"));
            } else if (line.record().status().isAbsence()) {
                absent.add(new GroupNoteSheet.Other(line.client(), line.displayName(), line.recordNumber(),
                        line.record().status().label()));
            } else {
                attending.add(line);
            }
        }
        Map<EpisodeId, List<PlanObjective>> byEpisode = objectives.active(attending.stream().map(RosterLine::episode)
                .toList());
        Map<ClientId, List<PlanObjective>> byClient = new java.util.HashMap<>();
        attending.forEach(line -> byClient.put(line.client(), byEpisode.getOrDefault(line.episode(), List.of())));
        return new Split(roster, attending, absent, notCheckedIn, byClient);
    }
}
