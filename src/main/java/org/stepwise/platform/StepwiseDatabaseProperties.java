package org.stepwise.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data.
 *
 * @param dataDir the folder whose {@code postgres} sub-folder holds the database; it survives restarts
 * @param ephemeral when true (tests, benchmarks) the server lives in a temporary folder and every application context
 *     gets a database of its own, so that test classes cannot see each other's rows
 */
@ConfigurationProperties("stepwise.embedded-db")
record StepwiseDatabaseProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean ephemeral) {}
