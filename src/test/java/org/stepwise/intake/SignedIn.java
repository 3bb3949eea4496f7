package org.stepwise.intake;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs a MockMvc request in as the named demo account of a role ("clinician", "intake", …), never whichever member of
 * the role sorts first: the generated demo staff change with the date the clinic is generated for.
 */
final class SignedIn {

    private SignedIn() {}

    static RequestPostProcessor as(StaffDirectory staff, Role role) {
        StaffMember member = member(staff, role);
        StepwiseUser user = new StepwiseUser(member.id(), member.username(), member.displayName(), role);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    static StaffMember member(StaffDirectory staff, Role role) {
        String username = org.stepwise.demo.internal.DemoClinic.ACCOUNTS.stream().filter(a -> a.role() == role)
                .findFirst().orElseThrow().username();
        return staff.byUsername(username).orElseThrow();
    }
}
