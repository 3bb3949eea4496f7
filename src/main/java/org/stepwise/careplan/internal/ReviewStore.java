package org.stepwise.careplan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepwise.careplan.PlanReview;
import org.stepwise.shared.StaffId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reviews of plans in PostgreSQL, the progress per objective as JSON beside them. */
@Repository
public class ReviewStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<PlanReview.Progress>> PROGRESS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's reviews, the most recent first. */
    public List<PlanReview> forPlan(UUID plan) {
        return jdbc.sql("""
                SELECT r.*, s.display_name FROM plan_review r JOIN staff s ON s.id = r.reviewed_by
                WHERE r.plan_id = ? ORDER BY r.reviewed_on DESC, r.recorded_at DESC""")
                .param(plan)
                .query((rs, n) -> new PlanReview(rs.getObject("id", UUID.class),
                        rs.getObject("reviewed_on", LocalDate.class), rs.getInt("reviewed_version"),
                        rs.getInt("new_version"), rs.getString("summary"),
                        JSON.readValue(rs.getString("progress"), PROGRESS), rs.getString("display_name"),
                        PlanStore.instant(rs, "recorded_at")))
                .list();
    }

    /** Which plan a review id belongs to, if it is taken. */
    public Optional<UUID> planOf(UUID review) {
        return jdbc.sql("SELECT plan_id FROM plan_review WHERE id = ?").param(review).query(UUID.class).optional();
    }

    public void insert(UUID plan, PlanReview review, StaffId by) {
        jdbc.sql("""
                INSERT INTO plan_review (id, plan_id, reviewed_on, reviewed_version, new_version, summary, progress,
                                         reviewed_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""")
                .params(review.id(), plan, review.reviewedOn(), review.reviewedVersion(), review.newVersion(),
                        review.summary(), JSON.writeValueAsString(review.progress()), by.value(),
                        PlanStore.timestamp(review.recordedAt()))
                .update();
    }
}
