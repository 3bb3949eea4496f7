package org.stepwise.bench;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stepwise.demo.ClinicLoader;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic;
import org.stepwise.demo.SyntheticClinic.Staff;
import org.stepwise.staff.Role;

/**
 * The synthetic clinic benchmarks run against: 10,000 clients with 12 months of history, loaded once per application
 * context (that is, per database). Every staff account's password is {@link #PASSWORD}.
 */
public final class BenchmarkClinic {

    public static final long SEED = 10_000L;
    public static final int CLIENTS = 10_000;
    public static final int MONTHS = 12;
    public static final String PASSWORD = "bench-password-1";

    private static final Map<ClinicLoader, Ready> LOADED = new ConcurrentHashMap<>();

    /** A loaded clinic: what was generated, and what the load wrote (record numbers, rows, time). */
    public record Ready(SyntheticClinic clinic, ClinicLoader.Loaded loaded) {

        /** The user name of an active staff member with the role, to sign in as. */
        public String username(Role role) {
            return clinic.staffWithRole(role).stream().filter(Staff::active).findFirst().orElseThrow().username();
        }
    }

    private BenchmarkClinic() {}

    public static ClinicSpec spec() {
        return ClinicSpec.of(SEED, CLIENTS, MONTHS, LocalDate.now(ClinicSpec.DEFAULT_ZONE));
    }

    /** The 10,000-client clinic in the database behind {@code loader}, loaded on first use. */
    public static Ready tenThousandClients(ClinicLoader loader) {
        return LOADED.computeIfAbsent(loader, l -> {
            SyntheticClinic clinic = SyntheticClinic.generate(spec());
            return new Ready(clinic, l.load(clinic, PASSWORD));
        });
    }
}
