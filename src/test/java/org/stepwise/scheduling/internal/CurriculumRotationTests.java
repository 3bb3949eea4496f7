package org.stepwise.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepwise.scheduling.IsoWeek;

/** Topics rotate block by block and week by week; the same week always gets the same topics. */
class CurriculumRotationTests {

    private static final List<String> TOPICS = List.of("Emotional regulation", "Relapse prevention",
            "Interpersonal skills", "Stress management", "Communication");

    @Test
    void theSameWeekAlwaysGetsTheSameTopics() {
        IsoWeek week = IsoWeek.parse("2026-W48");
        assertThat(CurriculumRotation.topicsOfWeek(week, 3, TOPICS))
                .isEqualTo(CurriculumRotation.topicsOfWeek(IsoWeek.parse("2026-W48"), 3, TOPICS))
                .hasSize(3);
    }

    @Test
    void consecutiveWeeksContinueTheCycleWhereTheLastWeekStopped() {
        IsoWeek week = IsoWeek.parse("2026-W48");
        List<String> run = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            run.addAll(CurriculumRotation.topicsOfWeek(week, 3, TOPICS));
            week = week.next();
        }
        // 15 rotating sessions over five weeks: each topic three times, always in curriculum order.
        int first = TOPICS.indexOf(run.getFirst());
        for (int i = 0; i < run.size(); i++) {
            assertThat(run.get(i)).as("session " + i).isEqualTo(TOPICS.get((first + i) % TOPICS.size()));
        }
    }

    @Test
    void theCycleCrossesTheTurnOfTheYear() {
        List<String> lastOf2026 = CurriculumRotation.topicsOfWeek(IsoWeek.parse("2026-W53"), 2, TOPICS);
        List<String> firstOf2027 = CurriculumRotation.topicsOfWeek(IsoWeek.parse("2027-W01"), 2, TOPICS);
        assertThat(TOPICS.indexOf(firstOf2027.getFirst()))
                .isEqualTo((TOPICS.indexOf(lastOf2026.getLast()) + 1) % TOPICS.size());
    }

    @Test
    void weeksBeforeTheEpochRotateToo() {
        int before = CurriculumRotation.topicIndex(IsoWeek.parse("2023-W52"), 1, 2, 5);
        int epoch = CurriculumRotation.topicIndex(IsoWeek.parse("2024-W01"), 0, 2, 5);
        assertThat(before).isBetween(0, 4);
        assertThat(epoch).isEqualTo((before + 1) % 5);
    }

    @Test
    void anEmptyCurriculumLeavesTheTitleToTheSessionType() {
        assertThat(CurriculumRotation.topicsOfWeek(IsoWeek.parse("2026-W48"), 2, List.of())).containsExactly("", "");
        assertThat(CurriculumRotation.title("Group therapy", "")).isEqualTo("Group therapy");
        assertThat(CurriculumRotation.title("Group therapy", "Relapse prevention"))
                .isEqualTo("Group therapy: Relapse prevention");
    }

    @Test
    void aLongTitleIsShortenedToFitASession() {
        String title = CurriculumRotation.title("x".repeat(120), "y".repeat(120));
        assertThat(title).hasSize(CurriculumRotation.MAX_TITLE).endsWith("…");
    }

    @Test
    void aBlockOutsideTheWeekIsAProgrammingError() {
        assertThatThrownBy(() -> CurriculumRotation.topicIndex(IsoWeek.parse("2026-W48"), 3, 3, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
