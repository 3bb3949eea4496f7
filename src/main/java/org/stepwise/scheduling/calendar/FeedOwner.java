package org.stepwise.scheduling.calendar;

import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;

/** Whose sessions a feed shows: a client's bookings, or the sessions a staff member facilitates. */
public sealed interface FeedOwner {

    record OfClient(ClientId client) implements FeedOwner {}

    record OfStaff(StaffId staff) implements FeedOwner {}
}
