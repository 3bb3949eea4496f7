package org.stepwise.aftercare.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.stepwise.aftercare.AftercareEpisode;
import org.stepwise.consents.Part2Records;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Program;

/**
 * What the aftercare module needs to know of an episode: whose it is, whether a plan may be written for it, whether it
 * is a Part 2 record ({@link Part2Records}, the one rule), its site's crisis lines, its diagnoses and discharge. Read
 * without a chart check or audit: the services check access and audit what they show.
 */
@Component
public class EpisodeContext {

    private final EpisodeRecords episodes;
    private final Organisation organisation;

    EpisodeContext(EpisodeRecords episodes, Organisation organisation) {
        this.episodes = episodes;
        this.organisation = organisation;
    }

    public Optional<AftercareEpisode> of(EpisodeId id) {
        return episodes.forRules(id).map(view -> {
            Program program = organisation.program(view.program());
            return new AftercareEpisode(view.id(), view.client(), view.status(),
                    Part2Records.applies(program.kind(), view.diagnoses()), view.programName(), view.admittedOn(),
                    view.levelOfCare(), view.diagnoses(), organisation.site(program.site()).crisisLines(),
                    view.discharge());
        });
    }
}
