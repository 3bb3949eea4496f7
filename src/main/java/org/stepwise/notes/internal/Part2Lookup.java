package org.stepwise.notes.internal;

import org.springframework.stereotype.Component;
import org.stepwise.consents.Part2Records;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.staff.Organisation;

/** Whether a note written in an episode carries the Part 2 marker: by the kind of program and the diagnoses. */
@Component
public class Part2Lookup {

    private final EpisodeRecords episodes;
    private final Organisation organisation;

    Part2Lookup(EpisodeRecords episodes, Organisation organisation) {
        this.episodes = episodes;
        this.organisation = organisation;
    }

    public boolean of(EpisodeId episode) {
        return episodes.facts(episode)
                .map(facts -> Part2Records.applies(organisation.program(organisation.track(facts.track()).program()).kind(),
                        facts.diagnoses()))
                .orElse(true); // unknown: treat as Part 2, the more protective choice
    }
}
