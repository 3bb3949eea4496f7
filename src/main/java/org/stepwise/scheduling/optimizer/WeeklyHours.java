package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client's scheduled weekly hours: the counted hours of their group sessions plus their appointments (by kind, see
 * {@link AppointmentKind#countedHours()}).
 */
public final class WeeklyHours {

    private WeeklyHours() {}

    /** Hours per client of the week, every client of the problem included (0 when nothing is booked). */
    public static Map<UUID, BigDecimal> byClient(WeekIndex index, List<GroupSeat> seats, List<Appointment> appointments) {
        Map<UUID, BigDecimal> hours = new HashMap<>();
        for (ClientWeek client : index.problem().clients()) {
            hours.put(client.clientId(), BigDecimal.ZERO);
        }
        for (GroupSeat seat : seats) {
            index.session(seat.sessionId()).ifPresent(session -> hours.merge(seat.clientId(), session.countedHours(),
                    BigDecimal::add));
        }
        for (Appointment appointment : appointments) {
            hours.merge(appointment.clientId(), appointment.kind().countedHours(), BigDecimal::add);
        }
        return hours;
    }

    /** "9.5", one decimal, as the schedule pages print hours. */
    public static String format(BigDecimal hours) {
        return hours.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
