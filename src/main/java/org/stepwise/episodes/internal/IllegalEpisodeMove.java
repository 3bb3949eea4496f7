package org.stepwise.episodes.internal;

import org.stepwise.shared.ConflictException;

/** A status move the episode's current state does not allow (answered with 409, naming the current state). */
public class IllegalEpisodeMove extends ConflictException {

    public IllegalEpisodeMove(String message) {
        super(message);
    }
}
