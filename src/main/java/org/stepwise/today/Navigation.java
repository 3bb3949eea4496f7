package org.stepwise.today;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;

/** The main navigation: every module's entries, filtered by what the user's role may open. */
@Component
public class Navigation {

    private static final List<NavigationItem> ITEMS = List.of(
            new NavigationItem("nav.clients", "/clients", Permission.CLIENT_SEARCH, 20),
            new NavigationItem("nav.intake", "/intake/referrals", Permission.INTAKE, 10),
            new NavigationItem("nav.schedule", "/schedule", Permission.SCHEDULE_VIEW, 25),
            new NavigationItem("nav.tracks", "/tracks", Permission.SCHEDULE_VIEW, 30),
            // Issue 7 (alumni): the alumni roster; its label is in i18n/alumni.properties
            new NavigationItem("nav.alumni", "/alumni", Permission.FOLLOW_UP, 40),
            new NavigationItem("nav.audit", "/audit", Permission.AUDIT_READ, 80),
            new NavigationItem("nav.staff", "/admin/staff", Permission.STAFF_ADMIN, 90),
            new NavigationItem("nav.organisation", "/admin/organisation", Permission.ORGANISATION_ADMIN, 91),
            new NavigationItem("nav.security", "/admin/security", Permission.SECURITY_ADMIN, 92),
            // followup (issue 7)
            new NavigationItem("followup.nav", "/follow-ups", Permission.FOLLOW_UP, 35));

    public List<NavigationItem> visibleTo(StepwiseUser user) {
        return ITEMS.stream()
                .filter(item -> user.can(item.permission()))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }
}
