package org.stepwise.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.safety.rules.ScreenInterpretation.Reading;
import org.stepwise.safety.rules.ScreenInterpretation.Result;
import org.stepwise.shared.ClientId;

/** A recorded drug screen with each substance's result and what it meant given the client's prescriptions. */
public record DrugScreen(UUID id, ClientId client, EpisodeId episode, String panelName, LocalDate collectedOn,
        boolean observed, List<SubstanceResult> results, String recordedByName, Instant recordedAt) {

    /** One substance of the panel. */
    public record SubstanceResult(String substance, Result result, Reading reading) {}

    public DrugScreen {
        results = List.copyOf(results);
    }

    public List<String> unexpectedPositives() {
        return with(Reading.UNEXPECTED);
    }

    public List<String> expectedPositives() {
        return with(Reading.EXPECTED);
    }

    public List<String> notReadable() {
        return with(Reading.NOT_READABLE);
    }

    public boolean hasUnexpectedPositive() {
        return !unexpectedPositives().isEmpty();
    }

    private List<String> with(Reading reading) {
        return results.stream().filter(r -> r.reading() == reading).map(SubstanceResult::substance).toList();
    }
}
