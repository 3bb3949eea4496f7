package org.stepwise.intake.placement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.NewPlacement;
import org.stepwise.intake.PlacementId;
import org.stepwise.intake.Recommendation;

/**
 * A placement that has passed every check, with the level its ratings indicate. Only {@link #of} builds one, so a
 * stored placement always has a justification per dimension, a reason when the provided level differs from the
 * indicated one, and sensible dates.
 */
public record PlacementAssessment(
        PlacementId id,
        Ratings ratings,
        Map<String, String> justifications,
        Candidacy candidacy,
        Recommendation recommendation,
        LevelOfCare providedLevel,
        @Nullable String differenceReason,
        LocalDate assessedOn,
        LocalDate reassessOn) {

    /** The longest justification or reason, matching the database's check. */
    public static final int MAX_TEXT = 2000;
    /**
     * Reassess after 30 days unless the clinician says otherwise: most IOP stays last 8 to 12 weeks, so a monthly look
     * gives two or three reviews per stay and keeps placement ahead of the every-other-month recertification.
     */
    public static final int DEFAULT_REASSESS_DAYS = 30;
    /** No assessment date before this (a guard against mistyped years). */
    public static final LocalDate EARLIEST_ASSESSMENT = LocalDate.of(2000, 1, 1);

    public LevelOfCare indicatedLevel() {
        return recommendation.level();
    }

    /**
     * Checks a submitted placement and computes its indicated level.
     *
     * @param today the clinic's date, to refuse an assessment in the future and to default the dates
     * @throws org.stepwise.shared.InvalidRequestException naming every problem, field by field
     */
    public static PlacementAssessment of(LevelOfCareRule rule, NewPlacement placement, LocalDate today) {
        RuleTable table = rule.table();
        FieldErrors errors = new FieldErrors();
        Ratings.check(table, placement.ratings(), errors);
        Map<String, String> justifications = new LinkedHashMap<>();
        for (DimensionRule dimension : table.dimensions()) {
            String text = placement.justifications().get(dimension.key());
            String field = "justifications." + dimension.key();
            PlainText.problem(text, MAX_TEXT, "The justification of " + dimension.key() + " (" + dimension.label() + ")")
                    .ifPresentOrElse(problem -> errors.add(field, problem), () -> justifications.put(dimension.key(),
                            text == null ? "" : text.strip()));
        }
        for (String key : placement.justifications().keySet()) {
            if (!table.framework().dimensionKeys().contains(key)) {
                errors.add("justifications." + key, "\"" + key + "\" is not a dimension of " + table.framework().key() + ".");
            }
        }
        LocalDate assessedOn = placement.assessedOn() == null ? today : placement.assessedOn();
        if (assessedOn.isAfter(today)) {
            errors.add("assessedOn", "The assessment date cannot be in the future (today is " + today + ").");
        } else if (assessedOn.isBefore(EARLIEST_ASSESSMENT)) {
            errors.add("assessedOn", "The assessment date must be " + EARLIEST_ASSESSMENT + " or later.");
        }
        LocalDate reassessOn = placement.reassessOn() == null ? assessedOn.plusDays(DEFAULT_REASSESS_DAYS)
                : placement.reassessOn();
        if (!reassessOn.isAfter(assessedOn)) {
            errors.add("reassessOn", "The reassessment date must come after the assessment date (" + assessedOn + ").");
        } else if (reassessOn.isAfter(assessedOn.plusYears(1))) {
            errors.add("reassessOn", "Reassess within a year of the assessment (by " + assessedOn.plusYears(1) + ").");
        }
        String reason = placement.differenceReason() == null || placement.differenceReason().isBlank() ? null
                : placement.differenceReason().strip();
        if (reason != null) {
            PlainText.problem(reason, MAX_TEXT, "The reason for the difference")
                    .ifPresent(problem -> errors.add("differenceReason", problem));
        }
        errors.throwIfAny();

        Ratings ratings = Ratings.of(table, placement.ratings());
        Recommendation recommendation = rule.recommend(ratings, placement.candidacy());
        if (placement.providedLevel() != recommendation.level() && reason == null) {
            errors.add("differenceReason", "The level provided (" + placement.providedLevel().code() + ") differs from the "
                    + "indicated level (" + recommendation.level().code() + "): say why (1 to " + MAX_TEXT
                    + " characters).");
            errors.throwIfAny();
        }
        return new PlacementAssessment(placement.id() == null ? PlacementId.random() : placement.id(), ratings,
                justifications, placement.candidacy(), recommendation, placement.providedLevel(), reason, assessedOn,
                reassessOn);
    }
}
