package org.stepwise.notes.individual;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.careplan.PlanObjective;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.ClientId;

/**
 * What a note's form shows around the text: whose chart, which program, the layout and each section's prompt, the
 * client's objectives to choose from, the session, and whether the note is a 42 CFR Part 2 record.
 *
 * @param prompts each section's question from the session type's template (empty when there is none)
 * @param zone the time zone of the program's site, for the time the service ended
 */
public record NoteContext(ClientId client, String clientName, String recordNumber, EpisodeId episode,
        String programName, NoteKind kind, NoteLayout layout, Map<String, String> prompts,
        List<PlanObjective> objectives, @Nullable SessionView session, boolean part2, ZoneId zone) {}
