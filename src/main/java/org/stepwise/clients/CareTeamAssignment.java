package org.stepwise.clients;

import java.util.List;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.StaffMember;

/** Puts staff on a client's care team for other modules (admission names the team), with the registry's own checks. */
public interface CareTeamAssignment {

    /** Who can be put on a care team: active clinical staff and program directors. */
    List<StaffMember> eligibleStaff();

    /**
     * Puts a staff member on the client's care team with their role on it, recording an audit row; joins the caller's
     * transaction. Returns false, changing nothing, when they are on the team already.
     *
     * @throws org.stepwise.shared.InvalidRequestException naming {@code staffId} (not eligible) or {@code roleOnTeam}
     * @throws org.stepwise.shared.NotFoundException when there is no such client
     */
    boolean assign(ClientId client, StaffId staff, String roleOnTeam);
}
