package org.stepwise.careplan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One measurable objective of a client's plan as other modules see it: a note links to it by {@code id}, which stays the
 * same through every version of the plan.
 */
public record PlanObjective(UUID id, UUID planId, String problem, String goal, String text, LocalDate targetDate,
        ObjectiveProgress progress, boolean active) {}
