package org.stepwise.clients;


import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stepwise.security.StepwiseUser;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Signs MockMvc requests in as a demo account, and makes names no other test uses. */
final class Staff {

    private Staff() {}

    static StepwiseUser user(StaffDirectory directory, String username) {
        StaffMember member = directory.byUsername(username).orElseThrow();
        return new StepwiseUser(member.id(), member.username(), member.displayName(), member.role());
    }

    static RequestPostProcessor as(StaffDirectory directory, String username) {
        return org.stepwise.SignedIn.as(directory, username);
    }

    /** A family name no other test run uses, so tests can share one database. */
    static String uniqueName(String stem) {
        StringBuilder out = new StringBuilder(stem);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }
}
