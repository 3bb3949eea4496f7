package org.stepwise.notes.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stepwise.consents.Part2Records;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.ProgramKind;

/** Whether notes written in episodes carry the Part 2 marker: by the kind of program and the diagnoses. */
@Component
public class Part2Lookup {

    private final EpisodeRecords episodes;
    private final Organisation organisation;

    Part2Lookup(EpisodeRecords episodes, Organisation organisation) {
        this.episodes = episodes;
        this.organisation = organisation;
    }

    /**
     * For each episode, whether its notes are Part 2 records: the episodes read at once and each track's program once
     * (a group of twelve is one episode query, not twelve). An episode not found counts as Part 2, the more protective
     * choice.
     */
    public Map<EpisodeId, Boolean> of(Collection<EpisodeId> ids) {
        Map<EpisodeId, EpisodeFacts> facts = episodes.facts(ids);
        Map<TrackId, ProgramKind> kinds = new HashMap<>();
        Map<EpisodeId, Boolean> part2 = new HashMap<>();
        for (EpisodeId id : ids) {
            EpisodeFacts f = facts.get(id);
            part2.put(id, f == null || Part2Records.applies(kinds.computeIfAbsent(f.track(),
                    track -> organisation.program(organisation.track(track).program()).kind()), f.diagnoses()));
        }
        return part2;
    }
}
