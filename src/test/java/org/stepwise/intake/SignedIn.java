package org.stepwise.intake;

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
        StaffMember member = staff.byUsername(demoUsername(role)).orElseThrow();
        StepwiseUser user = new StepwiseUser(member.id(), member.username(), member.displayName(), role);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
    }

    /** The demo clinic's named account of a role (the generated staff sort around it by name). */
    static String demoUsername(Role role) {
        return switch (role) {
            case ADMINISTRATOR -> "admin";
            case PROGRAM_DIRECTOR -> "director";
            case CLINICIAN -> "clinician";
            case PRESCRIBER -> "prescriber";
            case NURSE -> "nurse";
            case CASE_MANAGER -> "casemanager";
            case INTAKE_COORDINATOR -> "intake";
            case BILLER -> "biller";
            case FRONT_DESK -> "frontdesk";
        };
    }
}
