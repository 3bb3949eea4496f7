package org.stepwise.scheduling;

import java.util.List;
import org.stepwise.shared.SiteId;
import org.stepwise.staff.Track;

/**
 * A track's recurring week and the curriculum its rotating blocks work through.
 *
 * @param blocks every block, active or not, by weekday and time
 * @param topics the curriculum in order
 */
public record TrackTemplate(Track track, String programName, SiteId site, String siteName, List<TemplateBlock> blocks,
        List<CurriculumTopic> topics) {

    public TrackTemplate {
        blocks = List.copyOf(blocks);
        topics = List.copyOf(topics);
    }

    public List<TemplateBlock> activeBlocks() {
        return blocks.stream().filter(TemplateBlock::active).toList();
    }
}
