package org.stepwise.safety;

import java.time.LocalDate;
import org.stepwise.shared.ClientId;

/** A client whose random drug screen is due today and not yet collected. */
public record ScreenDue(ClientId client, String clientName, String recordNumber, String programName,
        LocalDate dueOn) {}
