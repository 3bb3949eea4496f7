package org.stepwise.safety;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/**
 * A client's drug screening as the chart shows it.
 *
 * @param episode the current episode screens are recorded under; null when the client is not in treatment
 * @param screened the client's program screens (substance use or co-occurring, or an F10 to F19 diagnosis)
 * @param daysSinceUnexpectedPositive days since the newest screen with an unexpected positive; null when none had one
 * @param dueToday a random screen is due today
 * @param perFourWeeks the program's frequency: screens per four weeks (4 is weekly)
 */
public record ClientScreens(ClientId client, @Nullable EpisodeId episode, boolean screened, ScreenPanel panel,
        List<Prescription> prescribed, List<DrugScreen> screens, @Nullable Long daysSinceUnexpectedPositive,
        boolean dueToday, int perFourWeeks) {

    public ClientScreens {
        prescribed = List.copyOf(prescribed);
        screens = List.copyOf(screens);
    }
}
