package org.stepwise.episodes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitlistMathTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final List<LocalDate> ENDS = List.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 2),
            LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 1));

    @Test
    void positionKStartsWhenTheKthEarliestEpisodeEnds() {
        assertThat(WaitlistMath.expectedStart(ENDS, 4, 1, TODAY)).contains(LocalDate.of(2026, 3, 20));
        assertThat(WaitlistMath.expectedStart(ENDS, 4, 2, TODAY)).contains(LocalDate.of(2026, 4, 2));
        assertThat(WaitlistMath.expectedStart(ENDS, 4, 3, TODAY)).contains(LocalDate.of(2026, 4, 2));
        assertThat(WaitlistMath.expectedStart(ENDS, 4, 4, TODAY)).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void beyondTheLastCurrentEpisodeThereIsNoEstimate() {
        assertThat(WaitlistMath.expectedStart(ENDS, 4, 5, TODAY)).isEmpty();
    }

    @Test
    void aTrackOverItsCapacityMustShedTheSurplusFirst() {
        assertThat(WaitlistMath.expectedStart(ENDS, 3, 1, TODAY)).contains(LocalDate.of(2026, 4, 2));
        assertThat(WaitlistMath.expectedStart(ENDS, 3, 2, TODAY)).contains(LocalDate.of(2026, 4, 2));
        assertThat(WaitlistMath.expectedStart(ENDS, 3, 3, TODAY)).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void aFreePlaceOrAnOverdueEndMeansTheEarliestDayAllowed() {
        assertThat(WaitlistMath.expectedStart(ENDS, 6, 1, TODAY)).contains(TODAY);
        assertThat(WaitlistMath.expectedStart(ENDS, 4, 1, LocalDate.of(2026, 3, 25))).contains(LocalDate.of(2026, 3, 25));
    }
}
