package org.stepwise.signals.rules;

import java.util.List;
import java.util.Optional;
import org.stepwise.measures.ChangeCriteria;

/**
 * The numbers the rules use; a clinic may set each (application.yml {@code stepwise.signals.*}).
 *
 * @param instruments the instruments judged for change and severity
 * @param severeWeeks severe on every score for this many weeks, without reliable improvement, raises a signal
 * @param attendanceWeeks the finished weeks that must all be at or above {@code attendancePercent} of the target
 * @param attendancePercent the share of the weekly target that counts as good attendance (80: exactly 80% counts)
 * @param safetyFreeWeeks weeks without a safety alert (and no open one) that count toward stepping down
 * @param recentUseDays how long an unexpected positive screen or reported use keeps its signal
 * @param baselineLookBackDays scores this many days before admission (the intake screening) count as the baseline
 * @param dueWithinDays recertification, plan review, authorization end and planned end raise a signal this many days
 *     ahead (and while overdue)
 * @param unitsLeftAtMost an authorization with this many units left or fewer raises a signal
 */
public record SignalThresholds(List<InstrumentRule> instruments, int severeWeeks, int attendanceWeeks,
        int attendancePercent, int safetyFreeWeeks, int recentUseDays, int baselineLookBackDays, int dueWithinDays,
        int unitsLeftAtMost) {

    /**
     * How one instrument is judged.
     *
     * @param severeAtLeast a total at or above this is severe (PHQ-9 20, GAD-7 15); a band named "severe" is too
     */
    public record InstrumentRule(String code, String name, ChangeCriteria criteria, int severeAtLeast) {}

    public static final InstrumentRule PHQ9 = new InstrumentRule("phq9", "PHQ-9", ChangeCriteria.PHQ9, 20);
    public static final InstrumentRule GAD7 = new InstrumentRule("gad7", "GAD-7", ChangeCriteria.GAD7, 15);

    public static final SignalThresholds DEFAULTS = new SignalThresholds(List.of(PHQ9, GAD7), 3, 2, 80, 4, 30, 30, 7,
            3);

    public SignalThresholds {
        instruments = List.copyOf(instruments);
        if (severeWeeks < 1 || attendanceWeeks < 1 || safetyFreeWeeks < 1 || recentUseDays < 1 || dueWithinDays < 0
                || baselineLookBackDays < 0 || unitsLeftAtMost < 0) {
            throw new IllegalArgumentException("Signal thresholds are counts of at least 1 (0 for days ahead)");
        }
        if (attendancePercent < 1 || attendancePercent > 100) {
            throw new IllegalArgumentException("The attendance share is a percentage from 1 to 100");
        }
    }

    public Optional<InstrumentRule> instrument(String code) {
        return instruments.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
