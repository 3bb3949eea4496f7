package org.stepwise.careplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.careplan.Modality;
import org.stepwise.careplan.ObjectiveProgress;
import org.stepwise.careplan.PlanContent;
import org.stepwise.careplan.rules.PlanDiff.Change;
import org.stepwise.careplan.rules.PlanDiff.Difference;

/** What changed between two versions: objectives by their stable id, problems, interventions, services. */
class PlanDiffTests {

    static final UUID SLEEP = UUID.randomUUID();
    static final UUID SKILLS = UUID.randomUUID();
    static final UUID CALLS = UUID.randomUUID();

    static PlanContent.Objective objective(UUID id, String text, String target, ObjectiveProgress progress,
            String comment) {
        return new PlanContent.Objective(id, text, LocalDate.parse(target), progress, comment);
    }

    @Test
    void findsAddedRemovedAndChangedObjectivesWithWhatChanged() {
        PlanContent before = PlanRulesTests.plan(new PlanContent.Problem("F33.1", "Depressed mood", "Feel better",
                List.of(objective(SLEEP, "Sleep seven hours", "2026-04-01", ObjectiveProgress.NOT_STARTED, null),
                        objective(SKILLS, "Use two skills a day", "2026-04-01", ObjectiveProgress.NOT_STARTED, null)),
                List.of(new PlanContent.Intervention(Modality.CBT, "3×/week", null, null, null))));
        PlanContent after = PlanRulesTests.plan(new PlanContent.Problem("F33.1", "Depressed mood", "Enjoy things again",
                List.of(objective(SLEEP, "Sleep seven hours on 5 nights", "2026-05-01", ObjectiveProgress.REVISED,
                                "Sleeping 5 hours"),
                        objective(CALLS, "Call a friend weekly", "2026-05-01", ObjectiveProgress.NOT_STARTED, null)),
                List.of(new PlanContent.Intervention(Modality.CBT, "3×/week", null, null, null),
                        new PlanContent.Intervention(Modality.HOLISTIC_PRACTICE, "1×/week", null, null, null))));

        List<Difference> differences = PlanDiff.between(before, after);

        assertThat(differences).extracting(Difference::change, Difference::area, Difference::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Change.CHANGED, "Problem", "Depressed mood (F33.1)"),
                org.assertj.core.groups.Tuple.tuple(Change.CHANGED, "Objective", "Sleep seven hours on 5 nights"),
                org.assertj.core.groups.Tuple.tuple(Change.ADDED, "Objective", "Call a friend weekly"),
                org.assertj.core.groups.Tuple.tuple(Change.REMOVED, "Objective", "Use two skills a day"),
                org.assertj.core.groups.Tuple.tuple(Change.ADDED, "Intervention",
                        "Depressed mood: Holistic practice (mindfulness, yoga, art), 1×/week"));
        assertThat(differences.get(1).details()).containsExactly(
                "Wording: Sleep seven hours → Sleep seven hours on 5 nights",
                "Target date: 2026-04-01 → 2026-05-01",
                "Progress: Not started → Revised",
                "Comment: — → Sleeping 5 hours");
        assertThat(differences.getFirst().details()).containsExactly("Goal: Feel better → Enjoy things again");
    }

    @Test
    void theSameContentHasNoDifferences() {
        PlanContent plan = PlanRulesTests.plan(PlanRulesTests.problem("F33.1", "Depressed mood"));

        assertThat(PlanDiff.between(plan, plan)).isEmpty();
    }
}
