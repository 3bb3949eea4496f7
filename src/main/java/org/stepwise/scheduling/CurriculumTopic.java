package org.stepwise.scheduling;

import java.util.UUID;

/** One topic of a track's curriculum; {@code position} 1 comes first. */
public record CurriculumTopic(UUID id, int position, String title) {}
