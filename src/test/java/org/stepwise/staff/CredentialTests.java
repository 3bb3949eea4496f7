package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stepwise.shared.StaffId;

class CredentialTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static Credential expiring(LocalDate on) {
        return new Credential(UUID.randomUUID(), StaffId.random(), "LCSW", "123", "NY", on, false);
    }

    @Test
    void isValidThroughItsExpiryDayAndExpiredTheDayAfter() {
        assertThat(expiring(TODAY).expiredOn(TODAY)).isFalse();
        assertThat(expiring(TODAY).daysUntilExpiry(TODAY)).isZero();
        assertThat(expiring(TODAY.minusDays(1)).expiredOn(TODAY)).isTrue();
        assertThat(expiring(TODAY.minusDays(1)).daysUntilExpiry(TODAY)).isEqualTo(-1);
    }

    @Test
    void countsDaysAcrossMonthEndsAndLeapDays() {
        assertThat(expiring(LocalDate.of(2026, 3, 31)).daysUntilExpiry(TODAY)).isEqualTo(30);
        assertThat(expiring(LocalDate.of(2028, 3, 1)).daysUntilExpiry(LocalDate.of(2028, 2, 1))).isEqualTo(29);
    }

    @Test
    void needsAttentionWhenExpiredOrWithinTheWindow() {
        assertThat(expiring(TODAY.plusDays(60)).needsAttention(TODAY, 60)).isTrue();
        assertThat(expiring(TODAY.plusDays(61)).needsAttention(TODAY, 60)).isFalse();
        assertThat(expiring(TODAY.minusYears(1)).needsAttention(TODAY, 60)).isTrue();
    }

    @Test
    void aCredentialWithoutExpiryNeverExpires() {
        Credential lifelong = new Credential(UUID.randomUUID(), StaffId.random(), "MD", "9", null, null, true);
        assertThat(lifelong.daysUntilExpiry(TODAY)).isNull();
        assertThat(lifelong.expiredOn(TODAY)).isFalse();
        assertThat(lifelong.needsAttention(TODAY, 60)).isFalse();
    }
}
