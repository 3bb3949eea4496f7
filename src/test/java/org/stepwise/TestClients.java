package org.stepwise;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clients that tests insert straight into the registry's table when the registry itself is not under test. Record
 * numbers come from one counter for the whole test JVM, so that test classes sharing a database never collide, in a
 * range (800000 up) far from the demo clinic's (1001 up).
 */
public final class TestClients {

    private static final AtomicInteger NEXT = new AtomicInteger(800_000);

    private TestClients() {}

    /** Inserts an adult client named Robin {@code family}, born 1988-04-02; returns the id. */
    public static UUID insert(JdbcClient jdbc, Clock clock, String family) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO client (id, record_number, given_name, family_name, date_of_birth, created_at, created_by,
                                    updated_at, updated_by)
                VALUES (?, ?, 'Robin', ?, DATE '1988-04-02', ?, 'test', ?, 'test')""")
                .params(id, nextRecordNumber(), family, now, now)
                .update();
        return id;
    }

    public static String nextRecordNumber() {
        return "SW-" + NEXT.incrementAndGet();
    }
}
