package org.stepwise.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/**
 * A drug screen's results were recorded (or corrected). Published in the transaction that saved them, so the signals
 * module sees every one.
 *
 * @param screen the drug screen's id
 * @param unexpectedPositives substances positive that no prescribed medication explains (buprenorphine for a client on
 *     buprenorphine is expected; fentanyl is not); empty when the screen is negative or every positive is expected
 * @param expectedPositives substances positive that a prescribed medication explains
 */
public record DrugScreenResulted(
        UUID screen,
        ClientId client,
        EpisodeId episode,
        LocalDate collectedOn,
        boolean observed,
        List<String> unexpectedPositives,
        List<String> expectedPositives,
        Instant recordedAt) {

    public DrugScreenResulted {
        unexpectedPositives = List.copyOf(unexpectedPositives);
        expectedPositives = List.copyOf(expectedPositives);
    }

    public boolean hasUnexpectedPositive() {
        return !unexpectedPositives.isEmpty();
    }
}
