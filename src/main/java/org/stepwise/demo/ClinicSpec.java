package org.stepwise.demo;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to generate: a clinic of {@code clients} active clients with {@code months} of history before {@code asOf}, at
 * {@code sites} sites, reproducibly from {@code seed}. The same spec always yields the same clinic.
 *
 * @param seed the seed of every random choice
 * @param clients active (not deleted) clients; a couple of soft-deleted duplicates come on top
 * @param months months of history: clients were registered between {@code asOf} minus this many months and {@code asOf}
 * @param sites number of sites (2 by default)
 * @param asOf "today" for the generated clinic; everything generated happened before this day
 * @param zone the clinic's time zone (also each site's timezone)
 */
public record ClinicSpec(long seed, int clients, int months, int sites, LocalDate asOf, ZoneId zone) {

    public static final int DEFAULT_SITES = 2;
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

    public ClinicSpec {
        if (clients < 0 || clients > 1_000_000) {
            throw new IllegalArgumentException("clients must be between 0 and 1,000,000, not " + clients);
        }
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("months of history must be between 1 and 120, not " + months);
        }
        if (sites < 1 || sites > 50) {
            throw new IllegalArgumentException("sites must be between 1 and 50, not " + sites);
        }
    }

    /** A clinic at two sites in the default time zone. */
    public static ClinicSpec of(long seed, int clients, int months, LocalDate asOf) {
        return new ClinicSpec(seed, clients, months, DEFAULT_SITES, asOf, DEFAULT_ZONE);
    }

    public ClinicSpec withSites(int count) {
        return new ClinicSpec(seed, clients, months, count, asOf, zone);
    }

    /** The first day of history. */
    public LocalDate historyStart() {
        return asOf.minusMonths(months);
    }
}
