package org.stepwise.safety;

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
import org.stepwise.staff.SiteDetails;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;
import org.stepwise.staff.TrackDetails;
import org.stepwise.staff.TrackPeriod;

/**
 * A site with crisis lines of the test's own, a program of the kind given there, and clients admitted into it with the
 * staff given on their care team.
 */
final class SafetyFixtures {

    record Admitted(ClientId client, EpisodeId episode) {}

    final JdbcClient jdbc;
    final Clock clock;
    final StaffDirectory staff;
    final Admissions admissions;
    final SiteId site;
    final ProgramId program;
    final TrackId track;

    SafetyFixtures(JdbcClient jdbc, Clock clock, StaffDirectory staff, Admissions admissions, Organisation organisation,
            ProgramKind kind) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.staff = staff;
        this.admissions = admissions;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.site = SignedIn.as(staff, Role.ADMINISTRATOR, () -> organisation.createSite(new SiteDetails(
                "Safety site " + suffix, null, "America/New_York", "988",
                "Emergency: 911\nRiver County mobile crisis: 555-0142")));
        this.program = SignedIn.as(staff, Role.ADMINISTRATOR, () -> organisation.createProgram(site,
                new ProgramDetails("Safety program " + suffix, kind, new BigDecimal("9"), 90, 30)));
        this.track = SignedIn.as(staff, Role.ADMINISTRATOR, () -> organisation.createTrack(program,
                new TrackDetails("Day", TrackPeriod.DAY, 40)));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Admitted admit(String family, LocalDate admittedOn, List<StaffMember> careTeam, String... diagnoses) {
        ClientId client = new ClientId(TestClients.insert(jdbc, clock, family));
        AdmissionDraft draft = new AdmissionDraft(null, track, admittedOn, 90, BigDecimal.valueOf(9), null,
                diagnoses[0], Arrays.asList(diagnoses).subList(1, diagnoses.length), null, null, null, null, null,
                null, null, null, careTeam.stream().map(m -> new AdmissionDraft.CareTeamPick(m.id(),
                        m.role().label())).toList(), null);
        EpisodeId episode = SignedIn.as(staff, Role.INTAKE_COORDINATOR, () -> admissions.admit(client, draft).episode());
        return new Admitted(client, episode);
    }

    StaffMember member(Role role) {
        return SignedIn.demoAccount(staff, role);
    }

    StaffMember another(Role role) {
        return staff.activeWithRole(role).stream().filter(m -> !m.id().equals(member(role).id())).findFirst()
                .orElseThrow();
    }

    long audits(ClientId client, String action, String subject) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE client_id = ? AND action = ? AND subject = ?")
                .params(client.value(), action, subject).query(Long.class).single();
    }
}
