package org.stepwise.attendance;

import java.util.List;
import org.stepwise.scheduling.SessionView;

/**
 * An alert as pages show it: with its make-up sessions as they stand now (seats left, or cancelled or full since),
 * and the client's name and record number.
 */
public record AttendanceAlertView(AttendanceAlert alert, String clientName, String recordNumber,
        List<SessionView> makeUps) {

    public AttendanceAlertView {
        makeUps = List.copyOf(makeUps);
    }
}
