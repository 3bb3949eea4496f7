package org.stepwise.demo.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic.Site;
import org.stepwise.demo.SyntheticClinic.Staff;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/**
 * Staff in every role, scaled to the clinic ({@link StaffPlan}), spread over the sites in turn. The administrator works
 * for the whole organisation (no site). User names are {@code given.family}, made unique with a number.
 */
final class StaffGenerator {

    private StaffGenerator() {}

    static List<Staff> generate(ClinicSpec spec, List<Site> sites, BusinessHours hours, Dice dice) {
        List<Staff> staff = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (Role role : Role.values()) {
            int count = StaffPlan.count(role, spec.clients(), sites.size());
            for (int i = 0; i < count; i++) {
                SiteId site = role == Role.ADMINISTRATOR ? null : sites.get(i % sites.size()).id();
                staff.add(member(spec, role, site, true, usernames, hours, dice));
            }
        }
        for (int i = 0; i < StaffPlan.formerClinicians(spec.clients()); i++) {
            staff.add(member(spec, Role.CLINICIAN, sites.get(i % sites.size()).id(), false, usernames, hours, dice));
        }
        return staff;
    }

    private static Staff member(ClinicSpec spec, Role role, @Nullable SiteId site, boolean active, Set<String> usernames,
            BusinessHours hours, Dice dice) {
        Culture culture = Culture.pick(dice);
        boolean female = dice.chance(0.6);
        String given = dice.pick(dice.chance(0.04) ? Culture.NEUTRAL_NAMES : culture.givenNames(female));
        String family = dice.pick(culture.familyNames());
        String username = uniqueUsername(given, family, usernames);
        var hired = hours.between(spec.historyStart().minusYears(6), spec.historyStart().minusDays(30), dice);
        return new Staff(new StaffId(dice.uuid()), username, given + " " + family, role, username + "@example.org", site,
                active, hired);
    }

    /** {@code given.family}, at most 40 characters of {@code [a-z0-9.]}, with a number when already taken. */
    static String uniqueUsername(String given, String family, Set<String> taken) {
        String base = Contacts.slug(given) + "." + Contacts.slug(family);
        base = base.substring(0, Math.min(base.length(), 34));
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
