package org.stepwise.demo;

import java.security.SecureRandom;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo clinic into an empty database at start-up: two sites, three programs with a day and an evening track
 * each, rooms, staff in every role, and the demo accounts named after their roles.
 */
@Component
@Order(0)
class DemoClinicLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClinicLoader.class);

    static final String[] DEMO_ACCOUNTS = {"admin:ADMINISTRATOR:Ada Admin", "director:PROGRAM_DIRECTOR:Dana Director",
        "clinician:CLINICIAN:Casey Clinician", "prescriber:PRESCRIBER:Priya Prescriber", "nurse:NURSE:Noor Nurse",
        "casemanager:CASE_MANAGER:Cam Casemanager", "intake:INTAKE_COORDINATOR:Ines Intake", "biller:BILLER:Billie Biller",
        "frontdesk:FRONT_DESK:Frankie Frontdesk"};

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final DemoProperties properties;
    private final boolean embeddedDatabase;

    DemoClinicLoader(JdbcClient jdbc, PasswordEncoder passwords, TransactionTemplate transaction,
            DemoProperties properties, @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.transaction = transaction;
        this.properties = properties;
        this.embeddedDatabase = databaseUrl.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted() || !databaseIsEmpty()) {
            return;
        }
        String password = properties.password().isBlank() ? generatedPassword() : properties.password();
        transaction.executeWithoutResult(status -> load(password));
        log.warn("""

                ==============================================================
                 Demo clinic loaded. Sign in at http://localhost:8080 as
                 admin, director, clinician, prescriber, nurse, casemanager,
                 intake, biller or frontdesk with the password: {}
                ==============================================================""",
                properties.password().isBlank() ? password : "(STEPWISE_DEMO_PASSWORD)");
    }

    private boolean wanted() {
        return switch (properties.enabled().trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> embeddedDatabase;
        };
    }

    private boolean databaseIsEmpty() {
        return jdbc.sql("SELECT count(*) FROM staff").query(Long.class).single() == 0;
    }

    private void load(String password) {
        String hash = passwords.encode(password);
        UUID site = insertSite("Riverside Center");
        insertSite("Northgate Clinic");
        for (String account : DEMO_ACCOUNTS) {
            String[] parts = account.split(":");
            UUID staff = UUID.randomUUID();
            jdbc.sql("INSERT INTO staff (id, username, display_name, role, site_id) VALUES (?, ?, ?, ?, ?)")
                    .params(staff, parts[0], parts[2], parts[1], site)
                    .update();
            jdbc.sql("INSERT INTO staff_login (staff_id, password_hash) VALUES (?, ?)").params(staff, hash).update();
        }
    }

    private UUID insertSite(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO site (id, name) VALUES (?, ?)").params(id, name).update();
        return id;
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
