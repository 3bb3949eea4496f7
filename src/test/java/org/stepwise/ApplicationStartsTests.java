package org.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@StepwiseTest
class ApplicationStartsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migratesTheSchemaAndLoadsTheDemoAccounts() {
        assertThat(jdbc.sql("SELECT username FROM staff ORDER BY username").query(String.class).list())
                .contains("admin", "director", "clinician", "prescriber", "nurse", "casemanager", "intake", "biller",
                        "frontdesk");
    }
}
