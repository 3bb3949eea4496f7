package org.stepwise.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic;
import org.stepwise.demo.SyntheticClinic.CareTeamMember;
import org.stepwise.demo.SyntheticClinic.Credential;
import org.stepwise.demo.SyntheticClinic.Staff;
import org.stepwise.demo.SyntheticClinic.TemplateBlock;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Role;

/**
 * The demo clinic: a generated clinic of 40 clients with 6 months of history, plus the nine demo accounts named after
 * their roles. So that the demo shows caseloads, {@code clinician} is the primary clinician of every third client with
 * a care team, {@code prescriber} and {@code nurse} share the others' medical care half and half, and
 * {@code casemanager} joins another third; the remaining clients' teams do not include {@code clinician}.
 */
public final class DemoClinic {

    public static final long SEED = 20_240_917L;
    public static final int CLIENTS = 40;
    public static final int MONTHS = 6;

    /** A demo account named after its role. */
    public record Account(String username, Role role, String displayName) {}

    public static final List<Account> ACCOUNTS = List.of(
            new Account("admin", Role.ADMINISTRATOR, "Ada Admin"),
            new Account("director", Role.PROGRAM_DIRECTOR, "Dana Director"),
            new Account("clinician", Role.CLINICIAN, "Casey Clinician"),
            new Account("prescriber", Role.PRESCRIBER, "Priya Prescriber"),
            new Account("nurse", Role.NURSE, "Noor Nurse"),
            new Account("casemanager", Role.CASE_MANAGER, "Cam Casemanager"),
            new Account("intake", Role.INTAKE_COORDINATOR, "Ines Intake"),
            new Account("biller", Role.BILLER, "Billie Biller"),
            new Account("frontdesk", Role.FRONT_DESK, "Frankie Frontdesk"));

    private static final Map<Role, String> LICENCES = Map.of(Role.PROGRAM_DIRECTOR, "LCSW", Role.CLINICIAN, "LPC",
            Role.PRESCRIBER, "MD", Role.NURSE, "RN", Role.CASE_MANAGER, "CADC");

    private DemoClinic() {}

    public static SyntheticClinic build(LocalDate asOf) {
        ClinicSpec spec = ClinicSpec.of(SEED, CLIENTS, MONTHS, asOf);
        SyntheticClinic generated = ClinicGenerator.generate(spec);
        Dice dice = new Dice(SEED).split();
        BusinessHours hours = new BusinessHours(spec.zone());
        SiteId home = generated.sites().getFirst().id();

        Map<Role, Staff> named = new LinkedHashMap<>();
        for (Account account : ACCOUNTS) {
            named.put(account.role(), new Staff(new StaffId(dice.uuid()), account.username(), account.displayName(),
                    account.role(), account.username() + "@example.org",
                    account.role() == Role.ADMINISTRATOR ? null : home, true,
                    hours.between(spec.historyStart().minusYears(2), spec.historyStart(), dice)));
        }
        List<Staff> staff = new ArrayList<>(generated.staff());
        staff.addAll(named.values());

        Set<String> taken = new HashSet<>();
        generated.credentials().forEach(c -> taken.add(c.licenceType() + "|" + c.licenceNumber() + "|" + c.issuingState()));
        List<Credential> credentials = new ArrayList<>(generated.credentials());
        String state = generated.sites().getFirst().state();
        LICENCES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(licence -> credentials.add(
                CredentialGenerator.credential(spec, named.get(licence.getKey()), licence.getValue(), false, state, taken,
                        dice)));

        return generated.withStaff(staff, credentials, withCaseloads(generated.careTeamMembers(), named),
                facilitatedBy(generated.templateBlocks(), home, generated.staff(), named.get(Role.CLINICIAN)));
    }

    /**
     * Gives the blocks of the home site's busiest generated clinician to the {@code clinician} account, so that the demo
     * clinician runs groups (the blocks keep their times, so nobody is double booked).
     */
    private static List<TemplateBlock> facilitatedBy(List<TemplateBlock> blocks, SiteId home, List<Staff> generated,
            Staff clinician) {
        Map<StaffId, Long> load = new java.util.TreeMap<>(java.util.Comparator.comparing(StaffId::value));
        Set<StaffId> homeClinicians = new HashSet<>();
        generated.stream().filter(s -> s.role() == Role.CLINICIAN && home.equals(s.site()))
                .forEach(s -> homeClinicians.add(s.id()));
        blocks.stream().filter(b -> homeClinicians.contains(b.facilitator()))
                .forEach(b -> load.merge(b.facilitator(), 1L, Long::sum));
        StaffId busiest = load.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        return blocks.stream()
                .map(b -> b.facilitator().equals(busiest)
                        ? new TemplateBlock(b.id(), b.track(), b.weekday(), b.startsAt(), b.sessionType(), b.room(),
                                clinician.id(), b.rotatesTopic())
                        : b)
                .toList();
    }

    private static List<CareTeamMember> withCaseloads(List<CareTeamMember> members, Map<Role, Staff> named) {
        Map<ClientId, List<CareTeamMember>> teams = new LinkedHashMap<>();
        members.forEach(m -> teams.computeIfAbsent(m.client(), c -> new ArrayList<>()).add(m));
        Set<StaffId> namedIds = new HashSet<>();
        named.values().forEach(s -> namedIds.add(s.id()));
        List<CareTeamMember> result = new ArrayList<>();
        int i = 0;
        for (List<CareTeamMember> team : teams.values()) {
            if (i % 3 == 0) {
                place(team, named.get(Role.CLINICIAN), "Primary clinician", namedIds);
            }
            if (i % 4 < 2) {
                place(team, named.get(Role.PRESCRIBER), "Prescriber", namedIds);
            } else {
                place(team, named.get(Role.NURSE), "Nurse", namedIds);
            }
            if (i % 3 == 1) {
                place(team, named.get(Role.CASE_MANAGER), "Case manager", namedIds);
            }
            result.addAll(team);
            i++;
        }
        return result;
    }

    /**
     * Puts a demo account on a team in the place of the member with the same role on it, or beside them while the team
     * has fewer than three members, or else in the place of a generated member who is not the primary clinician.
     */
    private static void place(List<CareTeamMember> team, Staff member, String roleOnTeam, Set<StaffId> named) {
        ClientId client = team.getFirst().client();
        Instant added = team.getFirst().addedAt();
        int slot = indexOf(team, roleOnTeam);
        if (slot < 0 && team.size() < CareTeamGenerator.MAX_TEAM) {
            team.add(new CareTeamMember(client, member.id(), roleOnTeam, added));
            return;
        }
        if (slot < 0) {
            for (int k = team.size() - 1; k > 0 && slot < 0; k--) {
                if (!named.contains(team.get(k).staff())) {
                    slot = k;
                }
            }
        }
        team.set(slot, new CareTeamMember(client, member.id(), roleOnTeam, team.get(slot).addedAt()));
    }

    private static int indexOf(List<CareTeamMember> team, String roleOnTeam) {
        for (int k = 0; k < team.size(); k++) {
            if (team.get(k).roleOnTeam().equals(roleOnTeam)) {
                return k;
            }
        }
        return -1;
    }
}
