package org.stepwise.scheduling;

import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/** A client with a live booking in a session: the roster line before attendance is taken. */
public record BookedClient(UUID booking, ClientId client, EpisodeId episode, String displayName, String recordNumber,
        BookingSource source) {}
