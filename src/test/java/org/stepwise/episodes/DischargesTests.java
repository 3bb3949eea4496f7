package org.stepwise.episodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Issue 7: discharging an episode on PostgreSQL: every type ends the episode in the same chart with its history, bad
 * input and stale versions change nothing, the free place is offered to the first client waiting, and a readmission
 * links to the episode before it.
 */
@StepwiseTest
class DischargesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    StaffDirectory staff;

    @Autowired
    Admissions admissions;

    @Autowired
    Discharges discharges;

    @Autowired
    EpisodeRecords records;

    private DischargeFixtures fixtures;
    private StaffMember clinician;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        fixtures = new DischargeFixtures(jdbc, clock, staff, admissions, discharges);
        clinician = SignedIn.demoAccount(staff, Role.CLINICIAN);
        today = LocalDate.now(clock);
    }

    @ParameterizedTest
    @EnumSource(DischargeType.class)
    void everyTypeEndsTheEpisodeAndKeepsItInTheSameChart(DischargeType type) {
        var track = fixtures.newTrack(10);
        var admitted = fixtures.admit(track, "Leaver", 30, clinician);
        long clientsBefore = jdbc.sql("SELECT count(*) FROM client").query(Long.class).single();

        EpisodeView ended = fixtures.discharge(admitted.episode(), type, today.minusDays(1));

        assertThat(ended.status()).isEqualTo(EpisodeStatus.DISCHARGED);
        assertThat(ended.discharge()).isNotNull();
        assertThat(ended.discharge().type()).isEqualTo(type);
        assertThat(ended.discharge().dischargedOn()).isEqualTo(today.minusDays(1));
        assertThat(ended.lengthOfStayDays()).isEqualTo(30L);
        assertThat(ended.history()).last().satisfies(change -> {
            assertThat(change.from()).isEqualTo(EpisodeStatus.ADMITTED);
            assertThat(change.to()).isEqualTo(EpisodeStatus.DISCHARGED);
            assertThat(change.reason()).startsWith(type.label());
        });
        // One chart: the client is the same record, with the ended episode in its history.
        assertThat(jdbc.sql("SELECT count(*) FROM client").query(Long.class).single()).isEqualTo(clientsBefore);
        assertThat(SignedIn.as(clinician, () -> records.ofClient(admitted.client())))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(EpisodeStatus.DISCHARGED));
        assertThat(records.facts(admitted.episode()).orElseThrow().dischargedOn()).isEqualTo(today.minusDays(1));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = 'UPDATE' "
                        + "AND detail LIKE 'discharged (%'")
                .param(admitted.client().value()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() {
        var admitted = fixtures.admit(fixtures.newTrack(10), "Stayer", 20, clinician);
        int version = version(admitted.episode());
        assertThatThrownBy(() -> SignedIn.as(clinician, () -> discharges.discharge(admitted.episode(),
                new DischargeRequest(DischargeType.STEPPED_UP, today.plusDays(1), "x", "1", null, version))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("dischargedOn", "reason", "levelAtDischarge"));
        assertThat(status(admitted.episode())).isEqualTo("ADMITTED");
        assertThat(version(admitted.episode())).isEqualTo(version);
        assertThat(jdbc.sql("SELECT count(*) FROM episode_discharge WHERE episode_id = ?")
                .param(admitted.episode().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndTheSameDischargeTwiceIsOne() {
        var admitted = fixtures.admit(fixtures.newTrack(10), "Twice", 20, clinician);
        int version = version(admitted.episode());
        assertThatThrownBy(() -> SignedIn.as(clinician, () -> discharges.discharge(admitted.episode(),
                new DischargeRequest(DischargeType.COMPLETED, today, "Met every goal.", "1", null, version + 1))))
                .isInstanceOf(ConflictException.class);
        assertThat(status(admitted.episode())).isEqualTo("ADMITTED");

        var request = new DischargeRequest(DischargeType.COMPLETED, today, "Met every goal.", "1", null, version);
        SignedIn.as(clinician, () -> discharges.discharge(admitted.episode(), request));
        EpisodeView again = SignedIn.as(clinician, () -> discharges.discharge(admitted.episode(), request));
        assertThat(again.status()).isEqualTo(EpisodeStatus.DISCHARGED);
        assertThat(jdbc.sql("SELECT count(*) FROM episode_status_change WHERE episode_id = ? AND to_status = "
                + "'DISCHARGED'").param(admitted.episode().value()).query(Long.class).single()).isEqualTo(1L);

        assertThatThrownBy(() -> SignedIn.as(clinician, () -> discharges.discharge(admitted.episode(),
                new DischargeRequest(DischargeType.ADMINISTRATIVE, today, "Another reason.", null, null, null))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already discharged");
    }

    @Test
    void theFreedPlaceIsOfferedToTheFirstClientWaiting() {
        var track = fixtures.newTrack(1);
        var leaving = fixtures.admit(track, "Placeholder", 40, clinician);
        var first = fixtures.admit(track, "Firstinline", 0);
        var second = fixtures.admit(track, "Secondinline", 0);
        assertThat(status(first.episode())).isEqualTo("WAITLISTED");

        fixtures.discharge(leaving.episode(), DischargeType.STEPPED_UP, today);

        assertThat(offeredStart(first.episode())).isEqualTo(today.plusDays(1));
        assertThat(offeredStart(second.episode())).isNull();
        // The offered place is held: the second client cannot be admitted ahead of the first.
        var secondEntry = jdbc.sql("SELECT id FROM waitlist_entry WHERE episode_id = ?")
                .param(second.episode().value()).query(java.util.UUID.class).single();
        assertThatThrownBy(() -> SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admitFromWaitlist(
                secondEntry, today.plusDays(1), version(second.episode()))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("offered");
        var firstEntry = jdbc.sql("SELECT id FROM waitlist_entry WHERE episode_id = ?")
                .param(first.episode().value()).query(java.util.UUID.class).single();
        var admitted = SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admitFromWaitlist(firstEntry,
                today.plusDays(1), version(first.episode())));
        assertThat(admitted.outcome()).isEqualTo(AdmissionOutcome.Outcome.ADMITTED);
    }

    @Test
    void aReadmissionLinksToTheEpisodeBefore() {
        var track = fixtures.newTrack(10);
        var first = fixtures.admit(track, "Returner", 60, clinician);
        fixtures.discharge(first.episode(), DischargeType.LEFT_AGAINST_ADVICE, today.minusDays(20));

        var again = fixtures.admit(track, first.client(), 0, clinician);

        EpisodeView readmission = SignedIn.as(clinician, () -> records.episode(again.episode()));
        assertThat(readmission.previousEpisode()).isEqualTo(first.episode());
        assertThat(SignedIn.as(clinician, () -> records.ofClient(first.client()))).hasSize(2);
    }

    @Test
    void onlyAnAdmittedEpisodeIsDischarged() {
        var track = fixtures.newTrack(1);
        fixtures.admit(track, "Holder", 10, clinician);
        var waiting = fixtures.admit(track, "Waiter", 0, clinician);
        assertThatThrownBy(() -> fixtures.discharge(waiting.episode(), DischargeType.ADMINISTRATIVE, today))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("waitlisted");
        assertThat(status(waiting.episode())).isEqualTo("WAITLISTED");
    }

    private int version(EpisodeId episode) {
        return jdbc.sql("SELECT version FROM episode WHERE id = ?").param(episode.value()).query(Integer.class).single();
    }

    private String status(EpisodeId episode) {
        return jdbc.sql("SELECT status FROM episode WHERE id = ?").param(episode.value()).query(String.class).single();
    }

    private LocalDate offeredStart(EpisodeId episode) {
        return jdbc.sql("SELECT offered_start FROM waitlist_entry WHERE episode_id = ?").param(episode.value())
                .query(LocalDate.class).optional().orElse(null);
    }
}
