package org.stepwise.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.episodes.EpisodeId;

/**
 * A plan with objectives, inserted straight into the contract tables of V130 for tests of modules that only link to
 * objectives (notes). Tests of plans themselves go through the careplan services.
 */
public final class TestPlans {

    private TestPlans() {}

    /**
     * Gives the episode a plan (or adds to the one it has) with one active objective per text, each under its own
     * problem and goal; returns the objectives' ids in order.
     */
    public static List<UUID> withObjectives(JdbcClient jdbc, Clock clock, EpisodeId episode, String... objectives) {
        UUID client = jdbc.sql("SELECT client_id FROM episode WHERE id = ?").param(episode.value())
                .query(UUID.class).single();
        UUID plan = jdbc.sql("SELECT id FROM treatment_plan WHERE episode_id = ?").param(episode.value())
                .query(UUID.class).optional().orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    jdbc.sql("""
                            INSERT INTO treatment_plan (id, client_id, episode_id, created_at, created_by)
                            VALUES (?, ?, ?, ?, 'test')""")
                            .params(id, client, episode.value(), OffsetDateTime.now(clock)).update();
                    return id;
                });
        int next = jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM plan_objective WHERE plan_id = ?").param(plan)
                .query(Integer.class).single();
        List<UUID> ids = new ArrayList<>();
        for (String text : objectives) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO plan_objective (id, plan_id, client_id, problem, goal, text, target_date, position)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, plan, client, "Problem for: " + text, "Goal for: " + text, text,
                            LocalDate.now(clock).plusDays(30), next++)
                    .update();
            ids.add(id);
        }
        return ids;
    }
}
