package org.stepwise.signals.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.stepwise.signals.rules.SignalThresholds;

/**
 * The signal rules' numbers as a clinic sets them ({@code stepwise.signals.*}); each defaults to
 * {@link SignalThresholds#DEFAULTS}. The instruments judged (PHQ-9, GAD-7) are fixed in code for now.
 */
@ConfigurationProperties("stepwise.signals")
record SignalSettings(@DefaultValue("3") int severeWeeks, @DefaultValue("2") int attendanceWeeks,
        @DefaultValue("80") int attendancePercent, @DefaultValue("4") int safetyFreeWeeks,
        @DefaultValue("30") int recentUseDays, @DefaultValue("30") int baselineLookBackDays,
        @DefaultValue("7") int dueWithinDays, @DefaultValue("3") int unitsLeftAtMost) {

    SignalThresholds thresholds() {
        return new SignalThresholds(SignalThresholds.DEFAULTS.instruments(), severeWeeks, attendanceWeeks,
                attendancePercent, safetyFreeWeeks, recentUseDays, baselineLookBackDays, dueWithinDays,
                unitsLeftAtMost);
    }
}
