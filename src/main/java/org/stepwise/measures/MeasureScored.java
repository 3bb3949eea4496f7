package org.stepwise.measures;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;

/**
 * An instrument was administered to a client, scored and stored. Published in the transaction that stored it and kept
 * in the event publication registry, so that listeners (safety alerts on {@code item9-suicidal-ideation},
 * {@code suicide-risk-moderate} or {@code suicide-risk-high}; outcome reports) see every one.
 *
 * @param total null for instruments without a total (C-SSRS screener, BAM)
 * @param band null for instruments without bands (AUDIT-C, BAM); the risk level for the C-SSRS screener
 */
public record MeasureScored(
        MeasureAdministrationId administration,
        ClientId client,
        String instrument,
        @Nullable Integer total,
        @Nullable String band,
        List<String> flags,
        LocalDate administeredOn) {

    public MeasureScored {
        flags = List.copyOf(flags);
    }
}
