package org.stepwise.episodes;

import java.util.Objects;
import java.util.UUID;

/** Identifies an episode of care; clinical modules refer to the episode only by this id. */
public record EpisodeId(UUID value) implements java.io.Serializable {

    public EpisodeId {
        Objects.requireNonNull(value, "episode id");
    }

    public static EpisodeId random() {
        return new EpisodeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
