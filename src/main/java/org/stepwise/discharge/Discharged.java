package org.stepwise.discharge;

import org.stepwise.episodes.EpisodeView;

/**
 * A discharge and the summary drafted with it.
 *
 * @param created whether this call discharged the episode and drafted the summary (false: the same discharge was sent
 *     again, and both are returned as they were)
 */
public record Discharged(EpisodeView episode, DischargeSummary summary, boolean created) {}
