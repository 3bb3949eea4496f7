package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.stepwise.StepwiseTest;
import org.stepwise.staff.Role;

/**
 * The demo clinic as the database holds it right after start-up. A context (and so a database) of its own, because
 * other test classes add clients and sites to the shared one.
 */
@StepwiseTest
@AutoConfigureMockMvc
// Asserts on whole tables and on the first demo account of a role: needs the demo clinic as loaded, whatever
// other test classes sharing the cached context added before it (surefire runs classes in file-system order).
@org.springframework.test.annotation.DirtiesContext(classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.BEFORE_CLASS)
class DemoClinicTests {

    private static final List<String> ACCOUNTS = List.of("admin", "director", "clinician", "prescriber", "nurse",
            "casemanager", "intake", "biller", "frontdesk");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void has40ClientsAndACoupleOfDeletedDuplicates() {
        assertThat(count("SELECT count(*) FROM client WHERE deleted_at IS NULL")).isEqualTo(40);
        assertThat(count("SELECT count(*) FROM client WHERE deleted_at IS NOT NULL AND deletion_reason LIKE 'Duplicate of SW-%'"))
                .isEqualTo(2);
    }

    @Test
    void hasTwoSitesAndThreeProgramsEachWithADayAndAnEveningTrack() {
        assertThat(count("SELECT count(*) FROM site")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT kind FROM program ORDER BY kind").query(String.class).list())
                .containsExactly("CO_OCCURRING", "MENTAL_HEALTH", "SUBSTANCE_USE");
        assertThat(jdbc.sql("""
                SELECT p.kind || ':' || string_agg(t.period, ',' ORDER BY t.period)
                FROM program p JOIN track t ON t.program_id = p.id GROUP BY p.kind ORDER BY p.kind""")
                .query(String.class).list())
                .containsExactly("CO_OCCURRING:DAY,EVENING", "MENTAL_HEALTH:DAY,EVENING", "SUBSTANCE_USE:DAY,EVENING");
        assertThat(count("SELECT count(DISTINCT site_id) FROM room")).isEqualTo(2);
    }

    @Test
    void hasStaffInEveryRoleAndTheNineNamedAccounts() {
        assertThat(jdbc.sql("SELECT DISTINCT role FROM staff").query(String.class).list())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
        assertThat(jdbc.sql("SELECT username || ':' || role FROM staff WHERE username NOT LIKE '%.%'")
                .query(String.class).list())
                .containsExactlyInAnyOrder("admin:ADMINISTRATOR", "director:PROGRAM_DIRECTOR", "clinician:CLINICIAN",
                        "prescriber:PRESCRIBER", "nurse:NURSE", "casemanager:CASE_MANAGER",
                        "intake:INTAKE_COORDINATOR", "biller:BILLER", "frontdesk:FRONT_DESK");
        assertThat(count("SELECT count(*) FROM staff")).isGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"clinician", "prescriber", "nurse", "casemanager"})
    void careTeamAccountsHaveACaseload(String username) {
        assertThat(count("""
                SELECT count(*) FROM care_team_member m JOIN staff s ON s.id = m.staff_id
                JOIN client c ON c.id = m.client_id WHERE s.username = '%s' AND c.deleted_at IS NULL""".formatted(username)))
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void someClientsAreOutsideTheClinicianCaseload() {
        assertThat(count("""
                SELECT count(*) FROM client c WHERE c.deleted_at IS NULL AND NOT EXISTS (
                    SELECT 1 FROM care_team_member m JOIN staff s ON s.id = m.staff_id
                    WHERE m.client_id = c.id AND s.username = 'clinician')""")).isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "director", "clinician", "prescriber", "nurse", "casemanager", "intake", "biller",
            "frontdesk"})
    void eachNamedAccountSignsInWithTheDemoPassword(String username) throws Exception {
        mvc.perform(formLogin("/login").user(username).password("test-password-1"))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void generatedStaffSignInWithTheDemoPasswordToo() throws Exception {
        String username = jdbc.sql("SELECT username FROM staff WHERE role = 'CLINICIAN' AND username LIKE '%.%' AND active"
                + " ORDER BY username LIMIT 1").query(String.class).single();

        mvc.perform(formLogin("/login").user(username).password("test-password-1"))
                .andExpect(authenticated().withUsername(username));
        assertThat(ACCOUNTS).doesNotContain(username);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
