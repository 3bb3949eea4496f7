package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.StepwiseTest;
import org.stepwise.demo.SyntheticClinic.Client;

/** Loads generated clinics into a database without the demo clinic; each load is rolled back after its test. */
@StepwiseTest
@TestPropertySource(properties = "stepwise.demo.enabled=false")
class ClinicLoaderTests {

    private static final List<String> TABLES = List.of("site", "program", "track", "room", "staff", "staff_login",
            "staff_credential", "client", "support_person", "care_team_member", "episode", "episode_status_change",
            "track_template_block", "curriculum_topic", "client_availability", "client_blocked_time");

    @Autowired
    ClinicLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void withTheDemoDisabledNothingIsLoaded() {
        for (String table : TABLES) {
            assertThat(count(table)).as(table).isZero();
        }
    }

    @Test
    @Transactional
    void writesEveryRowOfA500ClientClinicPastTheSchemasConstraints() {
        SyntheticClinic clinic = SyntheticClinic.generate(ClinicSpec.of(500, 500, 6, LocalDate.of(2026, 3, 16)));

        ClinicLoader.Loaded loaded = loader.load(clinic, "synthetic-password-1");

        Map<String, Integer> expected = new java.util.HashMap<>(Map.of("site", clinic.sites().size(), "program",
                clinic.programs().size(), "track", clinic.tracks().size(), "room", clinic.rooms().size(), "staff",
                clinic.staff().size(), "staff_login", clinic.staff().size(), "staff_credential",
                clinic.credentials().size(), "client", clinic.clients().size(), "support_person",
                clinic.supportPeople().size(), "care_team_member", clinic.careTeamMembers().size()));
        expected.putAll(Map.of("episode", clinic.episodes().size(), "episode_status_change", clinic.episodes().size(),
                "track_template_block", clinic.templateBlocks().size(), "curriculum_topic",
                clinic.curriculumTopics().size(), "client_availability", clinic.availabilities().size(),
                "client_blocked_time", clinic.availabilities().stream().mapToInt(a -> a.blocked().size()).sum()));
        for (String table : TABLES) {
            assertThat(count(table)).as(table).isEqualTo(expected.get(table).longValue()).isPositive();
        }
        assertThat(loaded.rows()).isEqualTo(expected);
        assertThat(count("client WHERE deleted_at IS NULL")).isEqualTo(500);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject = 'synthetic clinic'").query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    @Transactional
    void numbersClientsInRegistrationOrderAndNamesTheOriginalOfEachDuplicate() {
        SyntheticClinic clinic = SyntheticClinic.generate(ClinicSpec.of(3, 200, 6, LocalDate.of(2026, 3, 16)));

        ClinicLoader.Loaded loaded = loader.load(clinic, "synthetic-password-1");

        List<String> byRegistration = jdbc.sql("SELECT record_number FROM client ORDER BY created_at, id")
                .query(String.class).list();
        assertThat(byRegistration).allSatisfy(n -> assertThat(n).matches("SW-\\d{6,}"))
                .isSortedAccordingTo((a, b) -> Long.compare(Long.parseLong(a.substring(3)), Long.parseLong(b.substring(3))))
                .doesNotHaveDuplicates();
        for (Client duplicate : clinic.clients().stream().filter(c -> c.deletion() != null).toList()) {
            String reason = jdbc.sql("SELECT deletion_reason FROM client WHERE id = ?").param(duplicate.id().value())
                    .query(String.class).single();
            assertThat(reason).startsWith("Duplicate of " + loaded.recordNumbers().get(duplicate.deletion().duplicateOf()));
        }
    }

    @Test
    @Transactional
    void everyStaffAccountSharesOnePasswordHash() {
        SyntheticClinic clinic = SyntheticClinic.generate(ClinicSpec.of(4, 60, 3, LocalDate.of(2026, 3, 16)));

        loader.load(clinic, "synthetic-password-1");

        List<String> hashes = jdbc.sql("SELECT DISTINCT password_hash FROM staff_login").query(String.class).list();
        assertThat(hashes).hasSize(1);
        assertThat(passwords.matches("synthetic-password-1", hashes.getFirst())).isTrue();
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndCondition).query(Long.class).single();
    }
}
