package org.stepwise.staff;

import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;

/** A day or evening group schedule within a program; {@code capacity} is how many clients it takes. */
public record Track(TrackId id, ProgramId program, String name, TrackPeriod period, int capacity, int version) {}
