package org.stepwise.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic.Credential;
import org.stepwise.demo.SyntheticClinic.Site;
import org.stepwise.demo.SyntheticClinic.Staff;
import org.stepwise.shared.SiteId;
import org.stepwise.staff.Role;

/**
 * Licences for the staff whose work needs one: clinicians (some associates whose notes need a co-signature),
 * prescribers, nurses, some case managers, directors. Most expire in months or years; a few within the next 60 days.
 */
final class CredentialGenerator {

    /** A licence type, whether its holder's notes need a supervisor's co-signature, and its relative frequency. */
    private record Licence(String type, boolean requiresCosignature, double weight) {}

    private static final List<Licence> CLINICIAN_LICENCES = List.of(
            new Licence("LCSW", false, 30), new Licence("LPC", false, 25), new Licence("LMFT", false, 12),
            new Licence("LADC", false, 10), new Licence("LMSW", true, 8), new Licence("LPC-Associate", true, 7),
            new Licence("CADC-Associate", true, 8));
    private static final List<Licence> PRESCRIBER_LICENCES = List.of(
            new Licence("MD", false, 50), new Licence("DO", false, 15), new Licence("NP", false, 35));
    private static final List<Licence> NURSE_LICENCES = List.of(new Licence("RN", false, 80), new Licence("LPN", false, 20));
    private static final List<Licence> DIRECTOR_LICENCES = List.of(
            new Licence("LCSW", false, 50), new Licence("LPC", false, 30), new Licence("LMFT", false, 20));
    private static final List<String> NEIGHBOURING_STATES = List.of("NY", "NJ", "PA", "CT", "MA", "VT", "DE");

    /** The share of credentials that expire within the next 60 days. */
    static final double EXPIRING_SOON_SHARE = 0.06;

    private CredentialGenerator() {}

    static List<Credential> generate(ClinicSpec spec, List<Site> sites, List<Staff> staff, Dice dice) {
        Map<SiteId, String> stateOf = new HashMap<>();
        sites.forEach(site -> stateOf.put(site.id(), site.state()));
        String clinicState = sites.getFirst().state();
        Set<String> taken = new HashSet<>();
        List<Credential> credentials = new ArrayList<>();
        for (Staff member : staff) {
            String state = member.site() == null ? clinicState : stateOf.get(member.site());
            for (Licence licence : licencesFor(member.role(), dice)) {
                String issuing = dice.chance(0.1) ? dice.pick(NEIGHBOURING_STATES) : state;
                credentials.add(credential(spec, member, licence, issuing, taken, dice));
            }
        }
        return expireSomeSoon(spec, credentials, dice);
    }

    /** A credential for {@code member} with a number unique for its type and state. */
    static Credential credential(ClinicSpec spec, Staff member, String type, boolean requiresCosignature, String state,
            Set<String> taken, Dice dice) {
        return credential(spec, member, new Licence(type, requiresCosignature, 1), state, taken, dice);
    }

    private static Credential credential(ClinicSpec spec, Staff member, Licence licence, String state, Set<String> taken,
            Dice dice) {
        String number;
        do {
            number = String.format("%06d", dice.between(1, 999_999));
        } while (!taken.add(licence.type() + "|" + number + "|" + state));
        LocalDate expires = spec.asOf().plusDays(dice.between(90, 3 * 365));
        return new Credential(dice.uuid(), member.id(), licence.type(), number, state, expires,
                licence.requiresCosignature());
    }

    private static List<Licence> licencesFor(Role role, Dice dice) {
        List<Licence> licences = new ArrayList<>();
        switch (role) {
            case CLINICIAN -> {
                Licence primary = pick(CLINICIAN_LICENCES, dice);
                licences.add(primary);
                boolean independent = !primary.requiresCosignature() && !primary.type().equals("LADC");
                if (independent && dice.chance(0.15)) {
                    licences.add(new Licence("LADC", false, 1));
                }
            }
            case PRESCRIBER -> licences.add(pick(PRESCRIBER_LICENCES, dice));
            case NURSE -> licences.add(pick(NURSE_LICENCES, dice));
            case CASE_MANAGER -> {
                if (dice.chance(0.3)) {
                    licences.add(new Licence("CADC", false, 1));
                }
            }
            case PROGRAM_DIRECTOR -> licences.add(pick(DIRECTOR_LICENCES, dice));
            default -> { }
        }
        return licences;
    }

    private static Licence pick(List<Licence> licences, Dice dice) {
        return dice.weighted(licences, licences.stream().mapToDouble(Licence::weight).toArray());
    }

    private static List<Credential> expireSomeSoon(ClinicSpec spec, List<Credential> credentials, Dice dice) {
        if (credentials.isEmpty()) {
            return credentials;
        }
        int soon = Math.max(1, (int) Math.round(credentials.size() * EXPIRING_SOON_SHARE));
        List<Credential> result = new ArrayList<>(credentials);
        for (int index : dice.distinctIndexes(soon, credentials.size())) {
            Credential c = result.get(index);
            result.set(index, new Credential(c.id(), c.staff(), c.licenceType(), c.licenceNumber(), c.issuingState(),
                    spec.asOf().plusDays(dice.between(5, 60)), c.requiresCosignature()));
        }
        return result;
    }
}
