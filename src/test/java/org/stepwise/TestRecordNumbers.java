package org.stepwise;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Record numbers for clients that tests insert directly: one counter for the whole test JVM, so that test classes
 * sharing a database never collide, and a range (800000 up) far from the demo clinic's (1001 up).
 */
public final class TestRecordNumbers {

    private static final AtomicInteger NEXT = new AtomicInteger(800_000);

    private TestRecordNumbers() {}

    public static String next() {
        return "SW-" + NEXT.incrementAndGet();
    }
}
