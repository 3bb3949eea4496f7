package org.stepwise.demo;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.careplan.NewSignature;
import org.stepwise.careplan.PlanSignatures;
import org.stepwise.careplan.TreatmentPlan;
import org.stepwise.careplan.TreatmentPlans;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/**
 * Gives each admitted client of the demo clinic a treatment plan in effect, as their care team would at admission: the
 * clinician on the care team drafts it from the admission and signs it with the client, and the prescriber on the care
 * team signs as the physician. So the demo's charts, group notes and documentation queue have objectives to work with.
 * Runs after the schedule (order 2); a client who has a plan keeps it. Off with
 * {@code stepwise.demo.clinical-records=false} (the tests, which make their own plans).
 */
@Component
@Order(2)
class DemoPlansLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlansLoader.class);

    private final JdbcClient jdbc;
    private final TreatmentPlans plans;
    private final PlanSignatures signatures;
    private final boolean wanted;

    DemoPlansLoader(JdbcClient jdbc, TreatmentPlans plans, PlanSignatures signatures, DemoProperties properties,
            @Value("${spring.datasource.url:}") String databaseUrl,
            @Value("${stepwise.demo.clinical-records:true}") boolean clinicalRecords) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.signatures = signatures;
        this.wanted = clinicalRecords && DemoClinicLoader.wanted(properties, databaseUrl.isBlank());
    }

    /** An admitted demo client without a plan, with the clinician and prescriber on their care team. */
    private record Unplanned(UUID episode, String clientName, StaffMember clinician, StaffMember prescriber) {}

    private record StaffMember(UUID id, String username, String displayName) {}

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted) {
            return;
        }
        int made = 0;
        for (Unplanned client : unplanned()) {
            try {
                EpisodeId episode = new EpisodeId(client.episode());
                TreatmentPlan drafted = as(client.clinician(), Role.CLINICIAN, () -> plans.draft(episode).plan());
                int version = drafted.latest().orElseThrow().number();
                as(client.clinician(), Role.CLINICIAN, () -> {
                    signatures.sign(episode, new NewSignature("CLIENT", version, null, client.clientName(), null));
                    return signatures.sign(episode, new NewSignature("CLINICIAN", version, null, null, null));
                });
                as(client.prescriber(), Role.PRESCRIBER,
                        () -> signatures.sign(episode, new NewSignature("PHYSICIAN", version, null, null, null)));
                made++;
            } catch (RuntimeException e) {
                log.info("No demo treatment plan for episode {}: {}", client.episode(), e.getMessage());
            }
        }
        if (made > 0) {
            log.info("Demo treatment plans drafted and signed for {} admitted clients", made);
        }
    }

    private List<Unplanned> unplanned() {
        return jdbc.sql("""
                SELECT e.id AS episode, c.given_name || ' ' || c.family_name AS client_name,
                       cl.id AS clinician_id, cl.username AS clinician_username, cl.display_name AS clinician_name,
                       pr.id AS prescriber_id, pr.username AS prescriber_username, pr.display_name AS prescriber_name
                FROM episode e
                JOIN client c ON c.id = e.client_id AND c.deleted_at IS NULL
                JOIN LATERAL (SELECT s.* FROM care_team_member t JOIN staff s ON s.id = t.staff_id
                              WHERE t.client_id = e.client_id AND s.role = 'CLINICIAN' AND s.active
                              ORDER BY s.username LIMIT 1) cl ON TRUE
                JOIN LATERAL (SELECT s.* FROM care_team_member t JOIN staff s ON s.id = t.staff_id
                              WHERE t.client_id = e.client_id AND s.role = 'PRESCRIBER' AND s.active
                              ORDER BY s.username LIMIT 1) pr ON TRUE
                WHERE e.status = 'ADMITTED'
                  AND NOT EXISTS (SELECT 1 FROM treatment_plan p WHERE p.episode_id = e.id)
                ORDER BY c.record_number""")
                .query((rs, n) -> new Unplanned(rs.getObject("episode", UUID.class), rs.getString("client_name"),
                        new StaffMember(rs.getObject("clinician_id", UUID.class), rs.getString("clinician_username"),
                                rs.getString("clinician_name")),
                        new StaffMember(rs.getObject("prescriber_id", UUID.class), rs.getString("prescriber_username"),
                                rs.getString("prescriber_name"))))
                .list();
    }

    /** Works as a member of the care team, so that chart access and the audit log see who did it. */
    private static <T> T as(StaffMember member, Role role, Supplier<T> work) {
        StepwiseUser user = new StepwiseUser(new StaffId(member.id()), member.username(), member.displayName(), role);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
