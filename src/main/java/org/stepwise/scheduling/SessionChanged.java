package org.stepwise.scheduling;

import java.time.Instant;
import java.util.List;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/**
 * A session was changed one by one (cancelled, another facilitator, another room, another time) and everyone concerned
 * was sent a notice.
 *
 * @param message the notice's text
 * @param clientsTold the clients booked into the session
 * @param staffTold the facilitators concerned (before and after a substitution)
 */
public record SessionChanged(SessionId session, SessionChange change, String message, List<ClientId> clientsTold,
        List<StaffId> staffTold, Instant at) {

    public SessionChanged {
        clientsTold = List.copyOf(clientsTold);
        staffTold = List.copyOf(staffTold);
    }
}
