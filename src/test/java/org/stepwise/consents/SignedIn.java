package org.stepwise.consents;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Signs a MockMvc request in as the demo account of a role. */
final class SignedIn {

    private SignedIn() {}

    static RequestPostProcessor as(StaffDirectory staff, Role role) {
        StaffMember member = staff.activeWithRole(role).getFirst();
        StepwiseUser user = new StepwiseUser(member.id(), member.username(), member.displayName(), role);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
