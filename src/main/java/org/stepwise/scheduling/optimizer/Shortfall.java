package org.stepwise.scheduling.optimizer;

import java.util.UUID;

/**
 * A target the plan does not meet for one client, and why, in words a program director understands: {@code what}
 * ("9.0 of 10.0 hours", "individual therapy: 0 of 1 booked") and {@code why} ("available Mon and Wed only, where their
 * track offers 6.0 counted hours").
 */
public record Shortfall(UUID clientId, String what, String why) {}
