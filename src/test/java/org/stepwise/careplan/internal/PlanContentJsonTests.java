package org.stepwise.careplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.careplan.Modality;
import org.stepwise.careplan.ObjectiveProgress;
import org.stepwise.careplan.PlanContent;

/** The canonical JSON that signatures hash: stable through a round trip, different for any change. */
class PlanContentJsonTests {

    static PlanContent content(String objective, String hours) {
        return new PlanContent(List.of(new PlanContent.Problem("F33.1", "Depressed mood", "Feel better",
                List.of(new PlanContent.Objective(UUID.fromString("00000000-0000-0000-0000-000000000001"), objective,
                        LocalDate.parse("2026-05-01"), ObjectiveProgress.NOT_STARTED, null)),
                List.of(new PlanContent.Intervention(Modality.CBT, "3×/week", null, null, null)))),
                new PlanContent.Services("Group psychotherapy", "3 hours a day", "3 days a week", new BigDecimal(hours),
                        LocalDate.parse("2026-03-01"), LocalDate.parse("2026-05-30")));
    }

    @Test
    void theHashSurvivesARoundTripAndSeesEveryChange() {
        PlanContent plan = content("Sleep seven hours", "9");
        String json = PlanContentJson.write(plan);

        assertThat(json).contains("\"targetDate\":\"2026-05-01\"", "\"weeklyHours\":9.0", "\"progress\":\"NOT_STARTED\"");
        assertThat(PlanContentJson.read(json)).isEqualTo(plan);
        assertThat(PlanContentJson.sha256(PlanContentJson.read(json))).isEqualTo(PlanContentJson.sha256(plan))
                .matches("[0-9a-f]{64}");
        assertThat(PlanContentJson.sha256(content("Sleep seven hours", "9.0"))).isEqualTo(PlanContentJson.sha256(plan));
        assertThat(PlanContentJson.sha256(content("Sleep eight hours", "9"))).isNotEqualTo(PlanContentJson.sha256(plan));
    }
}
