package org.stepwise.signals;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a clinician does about a signal; each closes it. */
public enum SignalActionKind {
    /** Refer to a more intensive level of care (partial hospitalization, residential). */
    REFER_UP(SignalStatus.ACTED),
    /** Plan the step-down to a less intensive level by a target date. */
    PLAN_STEP_DOWN(SignalStatus.ACTED),
    /** Extend the planned stay by some days (the episode's length of stay changes). */
    EXTEND_STAY(SignalStatus.ACTED),
    /** Nothing to do, with a reason; the signal returns only if its evidence changes. */
    DISMISS(SignalStatus.DISMISSED);

    private final SignalStatus leadsTo;

    SignalActionKind(SignalStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public SignalStatus leadsTo() {
        return leadsTo;
    }

    /** As in forms and the API: {@code refer-up}, {@code plan-step-down}, {@code extend-stay}, {@code dismiss}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SignalActionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(SignalActionKind::code).toList());
    }
}
