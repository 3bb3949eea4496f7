package org.stepwise.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Signs a MockMvc request in as a demo account, as the login would. */
final class SignedIn {

    private SignedIn() {}

    static RequestPostProcessor as(StaffDirectory staff, String username) {
        StaffMember member = staff.byUsername(username).orElseThrow();
        StepwiseUser user = new StepwiseUser(member.id(), member.username(), member.displayName(), member.role());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }
}
