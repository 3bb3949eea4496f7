package org.stepwise.scheduling.optimizer;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What one client needs next week: hours between {@code minHours} and {@code maxHours} (their target range; 19 is the
 * IOP ceiling, above is partial hospitalization), when they can come, how many appointments of each kind are due, the
 * group series they sat in last week (to keep them there) and the staff they prefer.
 */
public record ClientWeek(UUID clientId, UUID episodeId, UUID siteId, UUID trackId, BigDecimal minHours,
        BigDecimal maxHours, Availability availability, Map<AppointmentKind, Integer> appointmentsDue,
        Set<UUID> lastWeekSeries, Set<UUID> preferredStaff) {

    public ClientWeek {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(availability, "availability");
        if (minHours.compareTo(maxHours) > 0) {
            throw new IllegalArgumentException("minHours " + minHours + " is above maxHours " + maxHours);
        }
        appointmentsDue = Map.copyOf(appointmentsDue);
        lastWeekSeries = Set.copyOf(lastWeekSeries);
        preferredStaff = Set.copyOf(preferredStaff);
    }

    public int due(AppointmentKind kind) {
        return appointmentsDue.getOrDefault(kind, 0);
    }

    /** True when {@code hours} lies in the client's target range, both ends included. */
    public boolean withinTarget(BigDecimal hours) {
        return minHours.compareTo(hours) <= 0 && hours.compareTo(maxHours) <= 0;
    }
}
