package org.stepwise.intake.placement;

import java.util.function.Consumer;
import org.stepwise.intake.Candidacy;

/** Walks every combination of ratings 0..4 (5^n) in place, and every combination of candidacy answers (2^5). */
final class RatingGrid {

    private RatingGrid() {}

    /** Calls {@code visit} once per combination with the same array, changed in place between calls. */
    static long forEach(int dimensions, Consumer<int[]> visit) {
        int[] ratings = new int[dimensions];
        long visited = 0;
        while (true) {
            visit.accept(ratings);
            visited++;
            int d = 0;
            while (d < dimensions && ratings[d] == 4) {
                ratings[d] = 0;
                d++;
            }
            if (d == dimensions) {
                return visited;
            }
            ratings[d]++;
        }
    }

    static Candidacy[] allCandidacies() {
        Candidacy[] all = new Candidacy[32];
        for (int bits = 0; bits < 32; bits++) {
            all[bits] = new Candidacy((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0,
                    (bits & 16) != 0);
        }
        return all;
    }

    /** The answers one step "worse" than {@code c}: each answer in turn moved away from outpatient care, if it can. */
    static java.util.List<Candidacy> worsenings(Candidacy c) {
        java.util.List<Candidacy> worse = new java.util.ArrayList<>();
        if (!c.needsMoreThanWeekly()) {
            worse.add(new Candidacy(true, c.needs24HourCare(), c.medicallyStable(), c.homeSupportsRecovery(), c.motivated()));
        }
        if (!c.needs24HourCare()) {
            worse.add(new Candidacy(c.needsMoreThanWeekly(), true, c.medicallyStable(), c.homeSupportsRecovery(), c.motivated()));
        }
        if (c.medicallyStable()) {
            worse.add(new Candidacy(c.needsMoreThanWeekly(), c.needs24HourCare(), false, c.homeSupportsRecovery(), c.motivated()));
        }
        if (c.homeSupportsRecovery()) {
            worse.add(new Candidacy(c.needsMoreThanWeekly(), c.needs24HourCare(), c.medicallyStable(), false, c.motivated()));
        }
        if (c.motivated()) {
            worse.add(new Candidacy(c.needsMoreThanWeekly(), c.needs24HourCare(), c.medicallyStable(), c.homeSupportsRecovery(), false));
        }
        return worse;
    }
}
