package org.stepwise.scheduling.calendar;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** Signs a MockMvc request in as the demo account of a role. */
final class SignedIn {

    private SignedIn() {}

    static RequestPostProcessor as(StaffDirectory staff, Role role) {
        return FeedFixtures.as(staff.activeWithRole(role).getFirst());
    }
}
