package org.stepwise.alumni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.StepwiseTest;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.ClientDischarged;
import org.stepwise.episodes.DischargeType;
import org.stepwise.episodes.Discharges;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** Who is on a program's alumni roster: joining on discharge, by hand, leaving. */
@StepwiseTest
class AlumniRosterTests {

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
    AlumniGroups groups;

    @Autowired
    AlumniRoster roster;

    AlumniFixtures f;
    AlumniFixtures.ProgramAndTrack where;

    @BeforeEach
    void setUp() {
        f = new AlumniFixtures(jdbc, clock, staff, admissions, discharges, groups);
        where = f.newProgram();
    }

    private List<Alumnus> listed(boolean activeOnly) {
        return SignedIn.as(staff, Role.CASE_MANAGER, () -> roster.list(new AlumniFilter(where.program(), activeOnly)));
    }

    @Test
    void aClientWhoCompletedTheProgramJoinsItsAlumniOnDischarge() {
        var former = f.discharged(where, "Alder", DischargeType.COMPLETED);
        await().atMost(Duration.ofSeconds(30)).until(() -> !listed(true).isEmpty());
        Alumnus alumnus = listed(true).getFirst();
        assertThat(alumnus.client()).isEqualTo(former.client());
        assertThat(alumnus.sourceEpisode()).isEqualTo(former.episode());
        assertThat(alumnus.dischargeType()).isEqualTo(DischargeType.COMPLETED);
        assertThat(alumnus.dischargedOn()).isEqualTo(LocalDate.now(clock));
        assertThat(alumnus.joinedByHand()).isFalse();
        assertThat(alumnus.lastGroup()).isNull();
        assertThat(alumnus.mayContact()).as("not asked yet").isFalse();
    }

    @Test
    void aClientWhoSteppedDownJoinsToo() {
        var former = f.discharged(where, "Birch", DischargeType.STEPPED_DOWN);
        await().atMost(Duration.ofSeconds(30)).until(() -> !listed(true).isEmpty());
        assertThat(listed(true)).extracting(Alumnus::client).containsExactly(former.client());
    }

    @Test
    void theSameDischargeTwiceAddsTheClientOnce() {
        var former = f.discharged(where, "Cedar", DischargeType.COMPLETED);
        f.awaitListeners(former.episode());
        ClientDischarged again = new ClientDischarged(former.episode().value(), former.client().value(),
                where.program().value(), where.track().value(), DischargeType.COMPLETED, LocalDate.now(clock), "1");
        assertThat(roster.joinOnDischarge(again)).as("already on the roster").isFalse();
        assertThat(listed(false)).hasSize(1);
        assertThat(jdbc.sql("SELECT version FROM alumni_member WHERE client_id = ?").param(former.client().value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void administrativeAndAgainstAdviceDischargesDoNotJoinUnlessAddedByHand() {
        var administrative = f.discharged(where, "Dogwood", DischargeType.ADMINISTRATIVE);
        var againstAdvice = f.discharged(where, "Elm", DischargeType.LEFT_AGAINST_ADVICE);
        f.awaitListeners(administrative.episode());
        f.awaitListeners(againstAdvice.episode());
        assertThat(listed(false)).isEmpty();

        Alumnus added = SignedIn.as(staff, Role.CASE_MANAGER, () -> roster.add(againstAdvice.client(), true));
        assertThat(added.joinedByHand()).isTrue();
        assertThat(added.dischargeType()).isEqualTo(DischargeType.LEFT_AGAINST_ADVICE);
        assertThat(added.mayContact()).isTrue();
        assertThat(listed(true)).extracting(Alumnus::client).containsExactly(againstAdvice.client());

        Alumnus again = SignedIn.as(staff, Role.CASE_MANAGER, () -> roster.add(againstAdvice.client(), true));
        assertThat(again.version()).as("adding twice changes nothing").isEqualTo(added.version());
    }

    @Test
    void aClientInTreatmentOrNeverDischargedCannotBeAddedByHand() {
        var admitted = f.discharges().admit(where.track(), "Fir", 10);
        assertThatThrownBy(() -> SignedIn.as(staff, Role.CASE_MANAGER, () -> roster.add(admitted.client(), false)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("in treatment now");
        assertThat(listed(false)).isEmpty();
    }

    @Test
    void markingSomeoneAsLeftKeepsThemListedAmongEveryoneWithTheReason() {
        var former = f.discharged(where, "Gum", DischargeType.ADMINISTRATIVE);
        Alumnus added = SignedIn.as(staff, Role.CLINICIAN, () -> roster.add(former.client(), false));
        Alumnus left = SignedIn.as(staff, Role.CLINICIAN, () -> roster.markLeft(added.id(), added.version(),
                "Moved out of state."));
        assertThat(left.status()).isEqualTo(AlumnusStatus.LEFT);
        assertThat(listed(true)).isEmpty();
        assertThat(listed(false)).extracting(Alumnus::leftReason).containsExactly("Moved out of state.");
        Alumnus same = SignedIn.as(staff, Role.CLINICIAN, () -> roster.markLeft(added.id(), added.version(),
                "Moved out of state."));
        assertThat(same.version()).as("sent twice").isEqualTo(left.version());
    }

    @Test
    void aChangeFromAStaleVersionIsRefusedAndChangesNothing() {
        var former = f.discharged(where, "Hazel", DischargeType.ADMINISTRATIVE);
        Alumnus added = SignedIn.as(staff, Role.CLINICIAN, () -> roster.add(former.client(), false));
        SignedIn.as(staff, Role.CLINICIAN, () -> roster.setMayContact(added.id(), added.version(), true));
        assertThatThrownBy(() -> SignedIn.as(staff, Role.CASE_MANAGER, () -> roster.markLeft(added.id(),
                added.version(), "Asked not to be contacted."))).isInstanceOf(ConflictException.class);
        assertThat(listed(true)).extracting(Alumnus::status).containsExactly(AlumnusStatus.ACTIVE);
    }

    @Test
    void leavingNeedsAReason() {
        var former = f.discharged(where, "Ivy", DischargeType.ADMINISTRATIVE);
        Alumnus added = SignedIn.as(staff, Role.CLINICIAN, () -> roster.add(former.client(), false));
        assertThatThrownBy(() -> SignedIn.as(staff, Role.CLINICIAN, () -> roster.markLeft(added.id(),
                added.version(), " "))).isInstanceOf(InvalidRequestException.class);
        assertThat(listed(true)).hasSize(1);
    }
}
