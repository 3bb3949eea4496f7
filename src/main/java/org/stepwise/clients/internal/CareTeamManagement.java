package org.stepwise.clients.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.CareTeamAssignment;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Adds staff to and removes them from a client's care team (a program director's work), with an audit row each. */
@Service
@Transactional
public class CareTeamManagement implements CareTeamAssignment {

    private static final String NOT_ELIGIBLE =
            "Choose an active clinician, prescriber, nurse, case manager or program director from the list.";

    private final CareTeams careTeams;
    private final Clients clients;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final Clock clock;

    CareTeamManagement(CareTeams careTeams, Clients clients, StaffDirectory staff, AuditLog audit, Clock clock) {
        this.careTeams = careTeams;
        this.clients = clients;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Who can be put on a care team: active clinical staff (the care-team bound roles) and program directors. Front
     * desk, billing and intake work with every client by role and are never on a team.
     */
    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> eligibleStaff() {
        return staff.all().stream().filter(CareTeamManagement::eligible).toList();
    }

    private static boolean eligible(StaffMember member) {
        return member.active() && (member.role().isCareTeamBound() || member.role() == Role.PROGRAM_DIRECTOR);
    }

    /** Like {@link #assign}, but a member already on the team is refused with a conflict. */
    public void add(ClientId clientId, StaffId staffId, String roleOnTeam) {
        if (!assign(clientId, staffId, roleOnTeam)) {
            String who = staff.byId(staffId).map(StaffMember::displayName).orElse(staffId.toString());
            throw new ConflictException(who + " is already on this client's care team.");
        }
    }

    @Override
    public boolean assign(ClientId clientId, StaffId staffId, String roleOnTeam) {
        Client client = existing(clientId);
        Checks checks = new Checks();
        String role = checks.requiredLine("roleOnTeam", roleOnTeam, 60,
                "Say what this person does for the client (for example primary clinician).");
        StaffMember member = staff.byId(staffId).filter(CareTeamManagement::eligible).orElse(null);
        if (member == null) {
            checks.fail("staffId", NOT_ELIGIBLE);
        }
        checks.throwIfAny();
        if (!careTeams.add(clientId, staffId, role, clock.instant())) {
            return false;
        }
        audit.record(AuditAction.UPDATE, clientId, client.auditSubject(),
                "care team: added " + java.util.Objects.requireNonNull(member).username() + " as " + role);
        return true;
    }

    public void remove(ClientId clientId, StaffId staffId) {
        Client client = existing(clientId);
        if (!careTeams.remove(clientId, staffId)) {
            throw new NotFoundException("That staff member is not on this client's care team.");
        }
        String who = staff.byId(staffId).map(StaffMember::username).orElse(staffId.toString());
        audit.record(AuditAction.UPDATE, clientId, client.auditSubject(), "care team: removed " + who);
    }

    private Client existing(ClientId id) {
        return clients.find(id)
                .filter(c -> !c.isDeleted())
                .orElseThrow(() -> new NotFoundException("There is no client with id " + id + "."));
    }

    /** Thrown for a request naming no staff member: kept here so that controllers need not know the rule. */
    public static InvalidRequestException noStaffChosen() {
        return InvalidRequestException.forField("staffId", NOT_ELIGIBLE);
    }
}
