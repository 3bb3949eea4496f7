package org.stepwise.intake.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.stepwise.intake.Candidacy;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.Recommendation;

/**
 * The placement rule: the recommended level is the highest level that any dimension's rating, or any candidacy answer,
 * calls for. Ratings are never averaged, so one high-need dimension is never hidden by low ones. Because it is a
 * maximum of terms that each only rise as a rating rises or an answer gets worse, raising a rating or worsening an
 * answer never lowers the level.
 *
 * <p>Candidacy answers (Stepwise's defaults, see docs/level-of-care.md):
 * <ul>
 * <li>needs 24-hour care: at least 3.1 (IOP is not suitable);</li>
 * <li>not medically stable: at least 3.7 (medical monitoring);</li>
 * <li>needs more than weekly therapy: at least 2.1;</li>
 * <li>home does not support recovery: at least 2.1, with a caution that IOP relies on the home;</li>
 * <li>not motivated: raises nothing, adds a reason (motivation is worked on in treatment, not a reason to withhold care).</li>
 * </ul>
 */
public final class LevelOfCareRule {

    private static final List<Concern> CONCERNS = List.of(
            new Concern("needs24HourCare", Candidacy::needs24HourCare, LevelOfCare.L3_1,
                    "Needs 24-hour care: IOP is not suitable; residential or inpatient care (level 3.1 or above) is called for."),
            new Concern("medicallyStable", c -> !c.medicallyStable(), LevelOfCare.L3_7,
                    "Not medically stable: IOP is not suitable; medically monitored care (level 3.7 or above) is called for."),
            new Concern("needsMoreThanWeekly", Candidacy::needsMoreThanWeekly, LevelOfCare.L2_1,
                    "Needs more than weekly therapy: intensive outpatient care (level 2.1) or more is called for."),
            new Concern("homeSupportsRecovery", c -> !c.homeSupportsRecovery(), LevelOfCare.L2_1,
                    "Home does not support recovery: weekly outpatient care alone is not enough (level 2.1 or more); IOP "
                            + "relies on the client living at home, so consider recovery housing or a residential level."),
            new Concern("motivated", c -> !c.motivated(), LevelOfCare.L1,
                    "Not yet motivated for treatment: this does not lower the level; plan engagement work (for example "
                            + "motivational interviewing) from the first contact."));

    private final RuleTable table;

    public LevelOfCareRule(RuleTable table) {
        this.table = table;
    }

    public RuleTable table() {
        return table;
    }

    /**
     * The recommended level alone, without allocating: for exhaustive checks and hot paths. {@code ratings} are in the
     * table's order and already checked (see {@link Ratings}).
     */
    public LevelOfCare level(int[] ratings, Candidacy candidacy) {
        int highest = candidacyFloor(candidacy).ordinal();
        for (int d = 0; d < ratings.length; d++) {
            highest = Math.max(highest, table.ordinal(d, ratings[d]));
        }
        return LevelOfCare.ofOrdinal(highest);
    }

    /** The recommendation with the dimensions and answers that drove it and the reasons a clinician reads. */
    public Recommendation recommend(Ratings ratings, Candidacy candidacy) {
        if (ratings.table() != table) {
            throw new IllegalArgumentException("ratings for " + ratings.table().framework().key() + " given to the "
                    + table.framework().key() + " rule");
        }
        LevelOfCare level = level(ratings.toArray(), candidacy);
        LevelOfCare fromRatings = LevelOfCare.L1;
        List<String> drivers = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int d = 0; d < table.size(); d++) {
            DimensionRule dimension = table.dimensions().get(d);
            LevelOfCare calledFor = dimension.levelFor(ratings.at(d));
            fromRatings = fromRatings.atLeast(calledFor);
            if (calledFor == level) {
                drivers.add(dimension.key());
                reasons.add(dimension.label() + " rated " + ratings.at(d) + " calls for level " + level.code() + ".");
            }
        }
        for (Concern concern : CONCERNS) {
            if (concern.raisedBy(candidacy)) {
                if (concern.floor() == level && level.isAbove(LevelOfCare.L1)) {
                    drivers.add(concern.key());
                }
                reasons.add(concern.reason());
            }
        }
        if (!candidacy.needsMoreThanWeekly() && fromRatings.isAbove(LevelOfCare.L1)) {
            reasons.add("The ratings call for more than weekly care although the answer to \"needs more than weekly "
                    + "therapy\" is no: review that answer or the ratings.");
        }
        return new Recommendation(level, drivers, reasons);
    }

    /** The lowest level the candidacy answers allow. */
    static LevelOfCare candidacyFloor(Candidacy candidacy) {
        LevelOfCare floor = LevelOfCare.L1;
        for (Concern concern : CONCERNS) {
            if (concern.raisedBy(candidacy)) {
                floor = floor.atLeast(concern.floor());
            }
        }
        return floor;
    }

    /**
     * A candidacy answer pointing away from outpatient care, the level it calls for (1 when it raises nothing), and what
     * to tell the clinician.
     */
    private record Concern(String key, Predicate<Candidacy> appliesTo, LevelOfCare floor, String reason) {

        boolean raisedBy(Candidacy candidacy) {
            return appliesTo.test(candidacy);
        }
    }
}
