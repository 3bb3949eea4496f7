package org.stepwise;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.demo.internal.DemoClinic;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * Signs a MockMvc request, or the current thread, in as a staff member, as the login would. Who: a given member, the
 * first active member of a role, or the named demo account of a role ("clinician", "intake", …), which, unlike the
 * first member, does not change with the date the demo clinic is generated for.
 */
public final class SignedIn {

    private SignedIn() {}

    /** The authentication of {@code member} acting in {@code role}. */
    public static UsernamePasswordAuthenticationToken token(StaffMember member, Role role) {
        StepwiseUser user = new StepwiseUser(member.id(), member.username(), member.displayName(), role);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    /** The authentication of the first active member of {@code role}. */
    public static UsernamePasswordAuthenticationToken token(StaffDirectory staff, Role role) {
        return token(staff.activeWithRole(role).getFirst(), role);
    }

    /** The authentication of {@code member} in their own role. */
    public static UsernamePasswordAuthenticationToken token(StaffMember member) {
        return token(member, member.role());
    }

    /** As {@code member} in their own role. */
    public static RequestPostProcessor as(StaffMember member) {
        return as(member, member.role());
    }

    /** As the staff member with this username, in their own role. */
    public static RequestPostProcessor as(StaffDirectory staff, String username) {
        return as(staff.byUsername(username).orElseThrow());
    }

    /** Signs the current thread in as {@code member} in their own role (tests that call services directly). */
    public static void signIn(StaffMember member) {
        SecurityContextHolder.getContext().setAuthentication(token(member));
    }

    public static RequestPostProcessor as(StaffMember member, Role role) {
        return authentication(token(member, role));
    }

    /** As the first active member of {@code role}. */
    public static RequestPostProcessor as(StaffDirectory staff, Role role) {
        return authentication(token(staff, role));
    }

    /** As the named demo account of {@code role} (see {@link #demoAccount}). */
    public static RequestPostProcessor asDemoAccount(StaffDirectory staff, Role role) {
        return as(demoAccount(staff, role), role);
    }

    /** The named demo account of {@code role}: the generated demo staff change with the date of generation. */
    public static StaffMember demoAccount(StaffDirectory staff, Role role) {
        String username = DemoClinic.ACCOUNTS.stream().filter(a -> a.role() == role).findFirst().orElseThrow()
                .username();
        return staff.byUsername(username).orElseThrow();
    }

    /** Signs the current thread in as the first active member of {@code role}. */
    public static void signIn(StaffDirectory staff, Role role) {
        SecurityContextHolder.getContext().setAuthentication(token(staff, role));
    }

    /** Runs {@code work} signed in as the first active member of {@code role}, then puts back who was signed in. */
    public static <T> T as(StaffDirectory staff, Role role, Supplier<T> work) {
        return as(token(staff, role), work);
    }

    /**
     * Runs {@code work} signed in as {@code member} in their own role, then puts back who was signed in (MockMvc clears
     * the thread's).
     */
    public static <T> T as(StaffMember member, Supplier<T> work) {
        return as(token(member), work);
    }

    private static <T> T as(Authentication who, Supplier<T> work) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
