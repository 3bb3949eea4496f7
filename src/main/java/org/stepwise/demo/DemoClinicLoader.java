package org.stepwise.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.demo.internal.DemoClinic;

/**
 * Loads the demo clinic ({@link DemoClinic}: 40 synthetic clients with 6 months of history, staff in every role, and the
 * demo accounts named after their roles) into an empty database at start-up.
 */
@Component
@Order(0)
class DemoClinicLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClinicLoader.class);

    private final JdbcClient jdbc;
    private final ClinicLoader loader;
    private final DemoProperties properties;
    private final Clock clock;
    private final Environment environment;
    private final boolean embeddedDatabase;

    DemoClinicLoader(JdbcClient jdbc, ClinicLoader loader, DemoProperties properties, Clock clock,
            Environment environment, @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.properties = properties;
        this.clock = clock;
        this.environment = environment;
        this.embeddedDatabase = databaseUrl.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted() || !databaseIsEmpty()) {
            return;
        }
        String password = properties.password().isBlank() ? generatedPassword() : properties.password();
        SyntheticClinic clinic = DemoClinic.build(LocalDate.now(clock.withZone(ClinicSpec.DEFAULT_ZONE)));
        ClinicLoader.Loaded loaded = loader.load(clinic, password);
        log.info("Demo clinic loaded in {} ms: {}", loaded.elapsed().toMillis(), loaded.rows());
        log.warn("""

                ==============================================================
                 Demo clinic loaded. Sign in at http://localhost:{} as
                 admin, director, clinician, prescriber, nurse, casemanager,
                 intake, biller or frontdesk with the password: {}
                ==============================================================""",
                environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")),
                properties.password().isBlank() ? password : "(STEPWISE_DEMO_PASSWORD)");
    }

    private boolean wanted() {
        return wanted(properties, embeddedDatabase);
    }

    /** {@code auto} means: on the embedded database only; an external one gets the demo only when asked. */
    static boolean wanted(DemoProperties properties, boolean embeddedDatabase) {
        return switch (properties.enabled().trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> embeddedDatabase;
        };
    }

    private boolean databaseIsEmpty() {
        return jdbc.sql("SELECT count(*) FROM staff").query(Long.class).single() == 0;
    }

    private static String generatedPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
