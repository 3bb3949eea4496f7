package org.stepwise.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditEntry;
import org.stepwise.audit.AuditVerification;
import org.stepwise.audit.AuditVerifier;
import org.stepwise.shared.ClientId;

/**
 * Not a timed test: measures how many audit rows one connection appends per second through the chain head lock, on
 * an embedded PostgreSQL with its default durability (fsync and synchronous commit on) and with synchronous commit
 * off, and how fast the verifier reads a large chain. Writes target/bench/audit-chain.json.
 * Run: {@code ./mvnw -Pbench verify} or {@code ./mvnw test -Dtest=AuditChainBenchmark}.
 */
class AuditChainBenchmark {

    private static final int WARM_UP = 500;
    private static final int APPENDS = Integer.getInteger("bench.audit.appends", 5_000);
    /**
     * The floor a clinic needs with room to spare: 200 staff each opening a chart every few seconds at peak is well
     * under 100 audited actions a second; the chain serialises appends, so its rate is the ceiling for all of them.
     */
    private static final int MINIMUM_APPENDS_PER_SECOND = 500;

    private static final int VERIFY_ROWS = Integer.getInteger("bench.audit.verifyRows", 300_000);

    @Test
    void measureAppendsAndVerification() throws Exception {
        Path data = Files.createTempDirectory("audit-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).start()) {
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                    .migrate();
            double[] durable = appendsPerSecond(postgres, true);
            double[] relaxed = appendsPerSecond(postgres, false);
            long[] verify = verifyRowsPerSecond(postgres);
            String json = String.format(Locale.ROOT, """
                    {"name":"audit-chain","metric":"durable audit-chain appends per second on one connection",\
                    "value":%.0f,"unit":"appends/s","target":%d,"better":"higher","pass":%b,\
                    "appendsMeasured":%d,\
                    "appendsPerSecondDurable":%.0f,"cpuMicrosPerAppendDurable":%.0f,\
                    "appendsPerSecondSynchronousCommitOff":%.0f,"cpuMicrosPerAppendSynchronousCommitOff":%.0f,\
                    "verifiedRows":%d,"verifyMillis":%d,"verifyRowsPerSecond":%d,\
                    "cpus":%d,"loadAverage":%.1f,"java":"%s"}
                    """, durable[0], MINIMUM_APPENDS_PER_SECOND, durable[0] >= MINIMUM_APPENDS_PER_SECOND,
                    APPENDS, durable[0], durable[1], relaxed[0], relaxed[1], verify[0], verify[1], verify[2],
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.version());
            Path out = Path.of("target", "bench", "audit-chain.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, json);
            System.out.println(json);
            assertThat(durable[0]).isPositive();
        } finally {
            deleteQuietly(data);
        }
    }

    /**
     * Appends per second of wall-clock time, and the CPU time (this thread plus the PostgreSQL backend) each append
     * costs: on a shared machine the first depends on the neighbours, the second does not.
     */
    private static double[] appendsPerSecond(EmbeddedPostgres postgres, boolean durable) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("SET synchronous_commit = " + (durable ? "on" : "off"));
            int backend;
            try (var rs = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                backend = rs.getInt(1);
            }
            SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
            AuditChain chain = new AuditChain(JdbcClient.create(single), Clock.systemUTC());
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(single));
            AuditEntry entry = new AuditEntry("clinician", "CLINICIAN", AuditAction.VIEW, ClientId.random(),
                    "client record", "opened from search", "10.1.2.3");
            for (int i = 0; i < WARM_UP; i++) {
                transaction.executeWithoutResult(status -> chain.append(entry));
            }
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long javaStarted = threads.getCurrentThreadCpuTime();
            long cpuStarted = javaStarted + processCpuNanos(backend);
            long started = System.nanoTime();
            for (int i = 0; i < APPENDS; i++) {
                transaction.executeWithoutResult(status -> chain.append(entry));
            }
            long elapsed = System.nanoTime() - started;
            long cpu = threads.getCurrentThreadCpuTime() + processCpuNanos(backend) - cpuStarted;
            System.out.printf(Locale.ROOT, "durable=%s: %.0f appends/s, CPU per append %.0f us (Java thread %.0f us)%n",
                    durable, APPENDS / (elapsed / 1e9), cpu / 1e3 / APPENDS,
                    (threads.getCurrentThreadCpuTime() - javaStarted) / 1e3 / APPENDS);
            return new double[] {APPENDS / (elapsed / 1e9), cpu / 1e3 / APPENDS};
        }
    }

    /** User plus system CPU time of a local process, from /proc (Linux; 0 elsewhere). */
    private static long processCpuNanos(int pid) throws IOException {
        Path stat = Path.of("/proc", Integer.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return 0;
        }
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    /** Adds rows in bulk, chained exactly as the application chains them, then times one full verification. */
    private static long[] verifyRowsPerSecond(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.setAutoCommit(false);
            long seq;
            byte[] prev;
            try (var rs = connection.createStatement().executeQuery("SELECT last_seq, last_hash FROM audit_chain_head")) {
                rs.next();
                seq = rs.getLong(1);
                prev = rs.getBytes(2);
            }
            Instant at = Instant.parse("2026-01-05T13:00:00Z");
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO audit_event (seq, occurred_at, username, role, client_id, action, subject, detail,
                                             remote_address, prev_hash, hash)
                    VALUES (?, ?, ?, 'NURSE', ?::uuid, 'VIEW', 'client record', ?, '10.0.0.7', ?, ?)""")) {
                while (seq < VERIFY_ROWS) {
                    seq++;
                    at = at.plusMillis(250);
                    String user = "nurse" + (seq % 40);
                    String client = UUID.nameUUIDFromBytes(Long.toString(seq % 5_000).getBytes()).toString();
                    String detail = "opened from search " + seq;
                    byte[] hash = AuditHash.of(seq, at, user, "NURSE", client, "VIEW", "client record", detail,
                            "10.0.0.7", prev);
                    insert.setLong(1, seq);
                    insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    insert.setString(3, user);
                    insert.setString(4, client);
                    insert.setString(5, detail);
                    insert.setBytes(6, prev);
                    insert.setBytes(7, hash);
                    insert.addBatch();
                    prev = hash;
                    if (seq % 5_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement head = connection.prepareStatement(
                    "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1 AND last_seq < ?")) {
                head.setLong(3, seq);
                head.setLong(1, seq);
                head.setBytes(2, prev);
                head.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
            connection.createStatement().execute("VACUUM ANALYZE audit_event");

            SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
            AuditVerifier verifier = new AuditVerifier(new AuditRows(JdbcClient.create(single)),
                    new DataSourceTransactionManager(single), 5_000);
            long started = System.nanoTime();
            AuditVerification verdict = verifier.verify();
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(verdict.intact()).as(verdict.summary()).isTrue();
            return new long[] {verdict.rows(), millis, verdict.rows() * 1000 / Math.max(1, millis)};
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the OS cleans it eventually
        }
    }
}
