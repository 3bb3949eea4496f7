package org.stepwise.scheduling;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.SiteId;

/** A person accepted an optimizer plan for a week: its seats and appointments are now bookings. */
public record WeekSchedulePublished(UUID run, IsoWeek week, @Nullable SiteId site, int seats, int appointments,
        String acceptedBy) {}
