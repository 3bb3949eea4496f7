package org.stepwise.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.stepwise.StepwiseTest;

/** The demo clinic starts with a treatment plan in effect for each admitted client whose care team can sign one. */
@StepwiseTest
@TestPropertySource(properties = "stepwise.demo.clinical-records=true")
class DemoPlansTests {

    @Autowired JdbcClient jdbc;

    @Test
    void everyAdmittedClientWithAClinicianAndAPrescriberOnTheirCareTeamHasASignedPlanWithObjectives() {
        List<Map<String, Object>> admitted = jdbc.sql("""
                SELECT e.id,
                       (SELECT count(*) FROM plan_signature s JOIN treatment_plan p ON p.id = s.plan_id
                        WHERE p.episode_id = e.id) AS signatures,
                       (SELECT count(*) FROM plan_objective o JOIN treatment_plan p ON p.id = o.plan_id
                        WHERE p.episode_id = e.id AND o.active) AS objectives,
                       (SELECT count(*) FROM treatment_plan_version v JOIN treatment_plan p ON p.id = v.plan_id
                        WHERE p.episode_id = e.id AND v.effective_on IS NOT NULL) AS in_effect
                FROM episode e
                WHERE e.status = 'ADMITTED'
                  AND EXISTS (SELECT 1 FROM care_team_member t JOIN staff s ON s.id = t.staff_id
                              WHERE t.client_id = e.client_id AND s.role = 'CLINICIAN')
                  AND EXISTS (SELECT 1 FROM care_team_member t JOIN staff s ON s.id = t.staff_id
                              WHERE t.client_id = e.client_id AND s.role = 'PRESCRIBER')""")
                .query().listOfRows();

        assertThat(admitted).isNotEmpty().allSatisfy(row -> {
            assertThat((Long) row.get("signatures")).as("client, clinician and physician signatures").isEqualTo(3);
            assertThat((Long) row.get("objectives")).as("active objectives").isPositive();
            assertThat((Long) row.get("in_effect")).as("a version in effect").isEqualTo(1);
        });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE subject = 'treatment plan' AND detail LIKE"
                + " '%in effect from%'").query(Long.class).single()).isEqualTo(admitted.size());
    }
}
