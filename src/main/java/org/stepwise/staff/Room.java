package org.stepwise.staff;

import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;

/** A room at a site; {@code capacity} is how many people it seats. */
public record Room(RoomId id, SiteId site, String name, int capacity, int version) {}
