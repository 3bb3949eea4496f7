package org.stepwise.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * One stored administration: the answers as given, the options scoring used, and the result.
 *
 * @param version the version of the instrument definition that scored it
 * @param total null for instruments without a total (C-SSRS screener, BAM)
 * @param band null for instruments without bands (AUDIT-C, BAM)
 * @param positive null for instruments without a cut-off (BAM)
 * @param extraScores instrument-specific scores (PCL-5 dsmPattern; WHO-5 percent; BAM use, risk, protective; C-SSRS
 *     riskLevel)
 */
public record MeasureAdministration(
        MeasureAdministrationId id,
        ClientId client,
        String instrument,
        String version,
        LocalDate administeredOn,
        StaffId enteredBy,
        List<Integer> answers,
        @Nullable String sex,
        @Nullable Boolean recentBehavior,
        @Nullable Integer total,
        @Nullable String band,
        @Nullable Boolean positive,
        List<String> flags,
        Map<String, Object> extraScores,
        Instant createdAt) {

    public MeasureAdministration {
        answers = List.copyOf(answers);
        flags = List.copyOf(flags);
        extraScores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extraScores));
    }
}
