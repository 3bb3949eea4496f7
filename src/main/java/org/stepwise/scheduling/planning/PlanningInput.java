package org.stepwise.scheduling.planning;

import java.util.Map;
import java.util.UUID;
import org.stepwise.scheduling.optimizer.WeekProblem;

/**
 * A week read for the optimizer, with what publishing its plan needs besides: each client's display name (for the
 * shortfall list) and the site each client comes to (where their appointments are held).
 */
record PlanningInput(WeekProblem problem, Map<UUID, String> clientNames, Map<UUID, String> staffNames) {

    PlanningInput {
        clientNames = Map.copyOf(clientNames);
        staffNames = Map.copyOf(staffNames);
    }
}
