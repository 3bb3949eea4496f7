package org.stepwise.careplan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stepwise.SignedIn;
import org.stepwise.TestClients;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.ProgramDetails;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import org.stepwise.staff.TrackDetails;
import org.stepwise.staff.TrackPeriod;

/**
 * A program and track of the test's own (its review rule is the test's to change), and clients admitted into it through
 * {@link Admissions}, with the staff given put on their care team.
 */
final class PlanFixtures {

    final JdbcClient jdbc;
    final Clock clock;
    final StaffDirectory staff;
    final Admissions admissions;
    final Organisation organisation;
    final ProgramId program;
    final TrackId track;

    PlanFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions, Organisation organisation,
            ProgramKind kind, int reviewDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staff = staff;
        this.admissions = admissions;
        this.organisation = organisation;
        SiteId site = organisation.sites().getFirst().id();
        String name = "Plan program " + UUID.randomUUID().toString().substring(0, 8);
        this.program = SignedIn.as(staff, Role.ADMINISTRATOR, () -> organisation.createProgram(site,
                new ProgramDetails(name, kind, new BigDecimal("9"), 90, reviewDays)));
        this.track = SignedIn.as(staff, Role.ADMINISTRATOR, () -> organisation.createTrack(program,
                new TrackDetails("Day", TrackPeriod.DAY, 40)));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A client admitted on the day given with these diagnoses, the staff on their care team; returns the episode. */
    EpisodeId admit(String family, LocalDate admittedOn, List<StaffMember> careTeam, String... diagnoses) {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        AdmissionDraft draft = new AdmissionDraft(null, track, admittedOn, 90, BigDecimal.valueOf(9), null,
                diagnoses[0], Arrays.asList(diagnoses).subList(1, diagnoses.length), null, null, null, null, null,
                null, null, null, careTeam.stream().map(m -> new AdmissionDraft.CareTeamPick(m.id(),
                        m.role().label())).toList(), null);
        return SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
    }

    ClientId clientOf(EpisodeId episode) {
        return new ClientId(jdbc.sql("SELECT client_id FROM episode WHERE id = ?").param(episode.value())
                .query(UUID.class).single());
    }

    StaffMember member(Role role) {
        return SignedIn.demoAccount(staff, role);
    }

    StaffMember another(Role role) {
        return staff.activeWithRole(role).stream().filter(m -> !m.id().equals(member(role).id())).findFirst()
                .orElseThrow();
    }
}
