package org.stepwise.careplan;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;

/**
 * The objectives of clients' plans, for the modules that link work to them (a note's entry names one of the client's
 * objectives). Reads without a chart check or audit row: the caller checks access and audits what it shows.
 */
@Service
public class PlanObjectives {

    private static final String SELECT = """
            SELECT o.id, o.plan_id, o.problem, o.goal, o.text, o.target_date, o.progress, o.active, p.episode_id
            FROM plan_objective o JOIN treatment_plan p ON p.id = o.plan_id""";

    private final JdbcClient jdbc;

    PlanObjectives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active objectives of the episode's plan, in the plan's order; empty when there is no plan yet. */
    @Transactional(readOnly = true)
    public List<PlanObjective> active(EpisodeId episode) {
        return jdbc.sql(SELECT + " WHERE p.episode_id = ? AND o.active ORDER BY o.position")
                .param(episode.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    /** The active objectives of each of the episodes' plans at once (a group of twelve is one query, not twelve). */
    @Transactional(readOnly = true)
    public Map<EpisodeId, List<PlanObjective>> active(Collection<EpisodeId> episodes) {
        if (episodes.isEmpty()) {
            return Map.of();
        }
        record Row(EpisodeId episode, PlanObjective objective) {}
        return jdbc.sql(SELECT + " WHERE p.episode_id = ANY (?) AND o.active ORDER BY o.position")
                .param(episodes.stream().map(EpisodeId::value).toArray(UUID[]::new))
                .query((rs, n) -> new Row(new EpisodeId(rs.getObject("episode_id", UUID.class)), map(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(Row::episode, Collectors.mapping(Row::objective, Collectors.toList())));
    }

    /** One objective, active or not, if it belongs to the client's plan: a link from a note is checked with this. */
    @Transactional(readOnly = true)
    public Optional<PlanObjective> ofClient(ClientId client, UUID objective) {
        return jdbc.sql(SELECT + " WHERE o.id = ? AND o.client_id = ?")
                .params(objective, client.value())
                .query((rs, n) -> map(rs))
                .optional();
    }

    /**
     * Issue 6: when the episode's plan is next due for review, by the program's rule; empty when the episode has no
     * plan. For rules that run as the system (the level-of-care signals); no chart check, not audited.
     */
    @Transactional(readOnly = true)
    public Optional<ReviewDue> reviewDue(EpisodeId episode, java.time.LocalDate today) {
        return jdbc.sql("""
                SELECT e.admitted_on, p.plan_review_days,
                       (SELECT min(v.effective_on) FROM treatment_plan_version v WHERE v.plan_id = t.id) AS first_in_effect,
                       (SELECT max(r.reviewed_on) FROM plan_review r WHERE r.plan_id = t.id) AS last_review
                FROM treatment_plan t JOIN episode e ON e.id = t.episode_id JOIN program p ON p.id = e.program_id
                WHERE t.episode_id = ?""")
                .param(episode.value())
                .query((rs, n) -> org.stepwise.careplan.rules.ReviewSchedule.next(
                        rs.getObject("admitted_on", java.time.LocalDate.class),
                        rs.getObject("first_in_effect", java.time.LocalDate.class),
                        rs.getObject("last_review", java.time.LocalDate.class), rs.getInt("plan_review_days"), today))
                .optional();
    }

    private static PlanObjective map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PlanObjective(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getString("problem"), rs.getString("goal"), rs.getString("text"),
                rs.getObject("target_date", java.time.LocalDate.class),
                ObjectiveProgress.valueOf(rs.getString("progress")), rs.getBoolean("active"));
    }
}
