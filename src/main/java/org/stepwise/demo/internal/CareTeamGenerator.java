package org.stepwise.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic.CareTeamMember;
import org.stepwise.demo.SyntheticClinic.Client;
import org.stepwise.staff.Role;

/**
 * Care teams of one to three staff: a primary clinician for every client, and often a prescriber, a nurse or a case
 * manager from the client's site. The newest referrals (the last 5% registered) have no care team yet.
 */
final class CareTeamGenerator {

    static final double NEW_REFERRAL_SHARE = 0.05;
    static final int MAX_TEAM = 3;

    /** The roles that may join a primary clinician on a team, what they are called on it, and how often they do. */
    private record Member(Role role, String roleOnTeam, double share) {}

    private static final List<Member> OTHERS = List.of(new Member(Role.PRESCRIBER, "Prescriber", 0.45),
            new Member(Role.NURSE, "Nurse", 0.35), new Member(Role.CASE_MANAGER, "Case manager", 0.55));

    private CareTeamGenerator() {}

    /** How many of the newest clients are new referrals without a care team. */
    static int newReferrals(int clients) {
        return clients < 10 ? 0 : Math.max(1, (int) Math.round(clients * NEW_REFERRAL_SHARE));
    }

    /** @param clients the active clients in the order they were registered */
    static List<CareTeamMember> generate(ClinicSpec spec, List<Client> clients, StaffPool staff, BusinessHours hours,
            Dice dice) {
        List<CareTeamMember> members = new ArrayList<>();
        int withTeam = clients.size() - newReferrals(clients.size());
        for (Client client : clients.subList(0, withTeam)) {
            members.add(new CareTeamMember(client.id(), staff.assign(client.homeSite(), Role.CLINICIAN, dice).id(),
                    "Primary clinician", added(spec, client, hours, dice)));
            List<Member> others = new ArrayList<>(OTHERS);
            dice.shuffle(others);
            int size = 1;
            for (Member other : others) {
                if (size < MAX_TEAM && dice.chance(other.share()) && staff.has(client.homeSite(), other.role())) {
                    members.add(new CareTeamMember(client.id(), staff.assign(client.homeSite(), other.role(), dice).id(),
                            other.roleOnTeam(), added(spec, client, hours, dice)));
                    size++;
                }
            }
        }
        return members;
    }

    /** Within about a week of registration, never before it. */
    static Instant added(ClinicSpec spec, Client client, BusinessHours hours, Dice dice) {
        LocalDate registered = hours.dayOf(client.createdAt());
        LocalDate until = registered.plusDays(8).isBefore(spec.asOf()) ? registered.plusDays(8) : spec.asOf();
        Instant added = hours.between(registered, until, dice);
        return added.isAfter(client.createdAt()) ? added
                : client.createdAt().plus(Duration.ofMinutes(dice.between(5, 90)));
    }
}
