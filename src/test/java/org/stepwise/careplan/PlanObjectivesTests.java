package org.stepwise.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

@StepwiseTest
class PlanObjectivesTests {

    @Autowired PlanObjectives objectives;
    @Autowired Admissions admissions;
    @Autowired StaffDirectory staff;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void listsTheActiveObjectivesOfEachEpisodeInThePlansOrder() {
        EpisodeId first = admit("Objectiva");
        EpisodeId second = admit("Objectivo");
        List<UUID> ids = TestPlans.withObjectives(jdbc, clock, first, "Use two coping skills a day", "Attend 3 groups a week");
        TestPlans.withObjectives(jdbc, clock, second, "Call a sponsor weekly");
        jdbc.sql("UPDATE plan_objective SET active = FALSE, progress = 'MET' WHERE id = ?").param(ids.get(1)).update();

        assertThat(objectives.active(first)).extracting(PlanObjective::text).containsExactly("Use two coping skills a day");
        Map<EpisodeId, List<PlanObjective>> both = objectives.active(List.of(first, second, admit("Planless")));
        assertThat(both.get(second)).extracting(PlanObjective::text).containsExactly("Call a sponsor weekly");
        assertThat(both).doesNotContainKey(admit("Planless too"));
        assertThat(both).hasSize(2);
    }

    @Test
    void findsAnObjectiveOnlyInItsOwnClientsPlan() {
        EpisodeId episode = admit("Ownership");
        UUID objective = TestPlans.withObjectives(jdbc, clock, episode, "Sleep seven hours").getFirst();
        ClientId owner = clientOf(episode);

        assertThat(objectives.ofClient(owner, objective)).map(PlanObjective::progress).contains(ObjectiveProgress.NOT_STARTED);
        assertThat(objectives.ofClient(clientOf(admit("Stranger")), objective)).isEmpty();
    }

    private EpisodeId admit(String family) {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        TrackId track = new TrackId(jdbc.sql("SELECT id FROM track ORDER BY name LIMIT 1").query(UUID.class).single());
        AdmissionDraft draft = new AdmissionDraft(null, track, LocalDate.now(clock), 60, BigDecimal.valueOf(9), null,
                "F33.1", List.of(), null, null, null, null, null, null, null, null, List.of(), null);
        return SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
    }

    private ClientId clientOf(EpisodeId episode) {
        return new ClientId(jdbc.sql("SELECT client_id FROM episode WHERE id = ?").param(episode.value())
                .query(UUID.class).single());
    }
}
