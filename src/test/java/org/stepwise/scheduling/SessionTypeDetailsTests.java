package org.stepwise.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a planner may set on a session type, field by field. */
class SessionTypeDetailsTests {

    private static SessionTypeDetails details(int cap, boolean counts, String hours) {
        return new SessionTypeDetails("Group therapy", 50, counts, new BigDecimal(hours), Modality.IN_PERSON, null, cap,
                true);
    }

    @Test
    void groupsTakeOneToFortyAndTheOthersStayAtOne() {
        assertThat(details(12, true, "1").problems(SessionCategory.GROUP_THERAPY)).isEmpty();
        assertThat(details(40, true, "1").problems(SessionCategory.HOLISTIC)).isEmpty();
        assertThat(details(41, true, "1").problems(SessionCategory.GROUP_THERAPY)).containsKey("cap");
        assertThat(details(2, true, "1").problems(SessionCategory.INDIVIDUAL_THERAPY))
                .containsEntry("cap", "Individual, family and medication-management sessions hold one client: the cap stays 1.");
        assertThat(details(1, true, "0.5").problems(SessionCategory.MEDICATION_MANAGEMENT)).isEmpty();
    }

    @Test
    void countedHoursFollowWhetherTheTypeCounts() {
        assertThat(details(12, false, "0").problems(SessionCategory.ALUMNI_SUPPORT)).isEmpty();
        assertThat(details(12, false, "1").problems(SessionCategory.ALUMNI_SUPPORT)).containsKey("countedHours");
        assertThat(details(12, true, "0").problems(SessionCategory.GROUP_THERAPY)).containsKey("countedHours");
        assertThat(details(12, true, "1.25").problems(SessionCategory.GROUP_THERAPY)).containsKey("countedHours");
        assertThat(details(12, true, "4.5").problems(SessionCategory.GROUP_THERAPY)).containsKey("countedHours");
    }

    @Test
    void oneAndOnePointZeroHoursAreTheSameAnswer() {
        assertThat(details(12, true, "1")).isEqualTo(details(12, true, "1.0"));
    }

    @Test
    void billingCodesAreFourToSixLettersOrDigitsAndMayStayEmpty() {
        SessionTypeDetails lower = new SessionTypeDetails("Group", 50, true, BigDecimal.ONE, Modality.IN_PERSON,
                "90853", 12, true);
        assertThat(lower.problems(SessionCategory.GROUP_THERAPY)).isEmpty();
        assertThat(new SessionTypeDetails("Group", 50, true, BigDecimal.ONE, Modality.IN_PERSON, " h0015 ", 12, true)
                .billingCode()).isEqualTo("H0015");
        assertThat(new SessionTypeDetails("Group", 50, true, BigDecimal.ONE, Modality.IN_PERSON, "90-853", 12, true)
                .problems(SessionCategory.GROUP_THERAPY)).containsKey("billingCode");
        assertThat(new SessionTypeDetails("Group", 50, true, BigDecimal.ONE, Modality.IN_PERSON, "  ", 12, true)
                .billingCode()).isNull();
    }

    @Test
    void nameAndLengthAreChecked() {
        SessionTypeDetails bad = new SessionTypeDetails("<script>", 5, true, BigDecimal.ONE, null, null, 12, true);
        assertThat(bad.problems(SessionCategory.GROUP_THERAPY)).containsKeys("name", "minutes", "modality");
    }
}
