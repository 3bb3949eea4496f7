package org.stepwise.scheduling.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One transaction at a time changes where and when sessions happen (template blocks, generated weeks, moved sessions),
 * so that the double-booking checks of two planners cannot both pass and both write. Held until the transaction ends.
 */
@Component
public class PlanningLock {

    /** An arbitrary key of the application's own: "schedule planning". */
    private static final long KEY = 0x5e55101aL;

    private final JdbcClient jdbc;

    PlanningLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void acquire() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(KEY).query((rs, n) -> 1).list();
    }
}
