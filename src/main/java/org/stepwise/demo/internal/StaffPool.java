package org.stepwise.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stepwise.demo.SyntheticClinic.Staff;
import org.stepwise.shared.SiteId;
import org.stepwise.staff.Role;

/** The active staff by site and role, for choosing who registered a client or who joins a care team. */
final class StaffPool {

    private final Map<SiteId, Map<Role, List<Staff>>> bySite = new HashMap<>();
    private final Map<Role, List<Staff>> byRole = new HashMap<>();
    private final Map<Staff, Integer> caseloads = new HashMap<>();

    StaffPool(List<Staff> staff) {
        for (Staff member : staff) {
            if (!member.active()) {
                continue;
            }
            byRole.computeIfAbsent(member.role(), r -> new ArrayList<>()).add(member);
            if (member.site() != null) {
                bySite.computeIfAbsent(member.site(), s -> new HashMap<>())
                        .computeIfAbsent(member.role(), r -> new ArrayList<>())
                        .add(member);
            }
        }
    }

    /** Active staff of the role at the site; the whole organisation's when the site has none. */
    List<Staff> at(SiteId site, Role role) {
        List<Staff> local = bySite.getOrDefault(site, Map.of()).getOrDefault(role, List.of());
        return local.isEmpty() ? byRole.getOrDefault(role, List.of()) : local;
    }

    String usernameAt(SiteId site, Role role, Dice dice) {
        List<Staff> candidates = at(site, role);
        if (candidates.isEmpty()) {
            candidates = byRole.getOrDefault(Role.ADMINISTRATOR, List.of());
        }
        return candidates.isEmpty() ? "system" : dice.pick(candidates).username();
    }

    /**
     * A staff member of the role at the site for one more client's care team: the less busy of two drawn at random, so
     * that caseloads are balanced but not identical.
     */
    Staff assign(SiteId site, Role role, Dice dice) {
        List<Staff> candidates = at(site, role);
        Staff first = dice.pick(candidates);
        Staff second = dice.pick(candidates);
        Staff chosen = caseload(second) < caseload(first) ? second : first;
        caseloads.merge(chosen, 1, Integer::sum);
        return chosen;
    }

    boolean has(SiteId site, Role role) {
        return !at(site, role).isEmpty();
    }

    private int caseload(Staff member) {
        return caseloads.getOrDefault(member, 0);
    }
}
