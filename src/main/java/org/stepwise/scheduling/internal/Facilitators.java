package org.stepwise.scheduling.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/** Who may facilitate a session: active clinicians, prescribers, nurses, case managers and program directors. */
@Component
public class Facilitators {

    public static final Set<Role> ROLES = EnumSet.of(Role.CLINICIAN, Role.PRESCRIBER, Role.NURSE, Role.CASE_MANAGER,
            Role.PROGRAM_DIRECTOR);

    private final StaffDirectory staff;

    Facilitators(StaffDirectory staff) {
        this.staff = staff;
    }

    /** Everyone who may facilitate, by name. */
    public List<StaffMember> active() {
        return staff.all().stream().filter(s -> s.active() && ROLES.contains(s.role())).toList();
    }

    /** Why this person cannot facilitate, if they cannot. */
    public Optional<String> problem(@Nullable UUID id) {
        if (id == null) {
            return Optional.of("Choose who facilitates.");
        }
        Optional<StaffMember> member = staff.byId(new StaffId(id));
        if (member.isEmpty()) {
            return Optional.of("There is no such staff member.");
        }
        StaffMember m = member.get();
        if (!m.active()) {
            return Optional.of(m.displayName() + "'s account is deactivated.");
        }
        if (!ROLES.contains(m.role())) {
            return Optional.of(m.displayName() + " is " + article(m.role().label()) + ", who does not facilitate sessions.");
        }
        return Optional.empty();
    }

    public String name(StaffId id) {
        return staff.byId(id).map(StaffMember::displayName).orElse(id.toString());
    }

    private static String article(String label) {
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }
}
