package org.stepwise.episodes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Signs a request (or the current thread) in as the demo account of a role. */
final class SignedIn {

    private SignedIn() {}

    static UsernamePasswordAuthenticationToken token(StaffDirectory staff, Role role) {
        StaffMember member = staff.activeWithRole(role).getFirst();
        StepwiseUser user = new StepwiseUser(member.id(), member.username(), member.displayName(), role);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    static RequestPostProcessor as(StaffDirectory staff, Role role) {
        return authentication(token(staff, role));
    }
}
