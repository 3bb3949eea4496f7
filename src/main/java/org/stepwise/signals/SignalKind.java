package org.stepwise.signals;

/** Every rule that raises a signal, with the direction it points (issue 6, "Level-of-care signals"). */
public enum SignalKind {
    // Step up: seed 004, "when should you increase treatment intensity?"
    RELIABLE_DETERIORATION(SignalDirection.UP),
    SEVERE_NOT_IMPROVING(SignalDirection.UP),
    UNEXPECTED_POSITIVE_SCREEN(SignalDirection.UP),
    REPORTED_USE(SignalDirection.UP),
    HOURS_BELOW_TARGET(SignalDirection.UP),
    MISSED_IN_A_ROW(SignalDirection.UP),
    HOME_NOT_SUPPORTIVE(SignalDirection.UP),
    OPEN_SAFETY_ALERT(SignalDirection.UP),
    // Step down: seed 000, a less intensive level when progress is strong
    RELIABLE_IMPROVEMENT(SignalDirection.DOWN),
    REMISSION(SignalDirection.DOWN),
    ATTENDANCE_ON_TARGET(SignalDirection.DOWN),
    OBJECTIVES_MET(SignalDirection.DOWN),
    NO_SAFETY_ALERT(SignalDirection.DOWN),
    // Due: dates the program must meet
    RECERTIFICATION_DUE(SignalDirection.DUE),
    PLAN_REVIEW_DUE(SignalDirection.DUE),
    AUTHORIZATION_ENDING(SignalDirection.DUE),
    UNITS_RUNNING_OUT(SignalDirection.DUE),
    PLANNED_END_NEAR(SignalDirection.DUE);

    private final SignalDirection direction;

    SignalKind(SignalDirection direction) {
        this.direction = direction;
    }

    public SignalDirection direction() {
        return direction;
    }
}
