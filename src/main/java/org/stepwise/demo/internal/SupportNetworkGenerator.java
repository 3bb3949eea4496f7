package org.stepwise.demo.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stepwise.demo.SyntheticClinic.Client;
import org.stepwise.demo.SyntheticClinic.EmergencyContact;
import org.stepwise.demo.SyntheticClinic.SupportPerson;
import org.stepwise.demo.internal.ClientGenerator.Registered;

/**
 * Each client's support network: zero to four people (family, friends, a sponsor, an employer...), each with whether the
 * program may contact them. The emergency contact is often the first of them. Adolescents always have a parent or
 * guardian.
 */
final class SupportNetworkGenerator {

    static final int MAX_PEOPLE = 4;

    private static final List<String> RELATIONSHIPS = List.of("Spouse", "Partner", "Mother", "Father", "Sister",
            "Brother", "Adult daughter", "Adult son", "Grandmother", "Aunt", "Cousin", "Friend", "Roommate",
            "Sponsor (12-step)", "Peer recovery coach", "Employer", "Faith leader", "Probation officer");
    private static final double[] WEIGHTS = {10, 8, 12, 7, 8, 6, 3, 3, 3, 3, 3, 14, 3, 6, 3, 3, 2, 2};
    private static final List<String> NOTES = List.of("Prefers text messages.", "Attends the family sessions.",
            "Contact about appointments only.", "Lives with the client.", "Provides transport to evening sessions.",
            "Works nights; call after 3 pm.", "Do not share treatment details without a signed release.",
            "Speaks Spanish; an interpreter helps on calls.", "Helps with childcare on group days.");

    private SupportNetworkGenerator() {}

    static List<SupportPerson> generate(List<Registered> clients, Dice dice) {
        List<SupportPerson> people = new ArrayList<>();
        for (Registered registered : clients) {
            if (registered.client().deletion() == null) {
                people.addAll(networkOf(registered, dice));
            }
        }
        return people;
    }

    private static List<SupportPerson> networkOf(Registered registered, Dice dice) {
        Client client = registered.client();
        boolean adolescent = registered.age() < 18;
        int size = dice.weighted(List.of(0, 1, 2, 3, 4), 15, 30, 30, 17, 8);
        if (adolescent) {
            size = Math.max(size, 1);
        }
        List<SupportPerson> network = new ArrayList<>();
        Set<String> relationships = new HashSet<>();
        EmergencyContact contact = client.emergencyContact();
        if (size > 0 && contact != null && (adolescent || dice.chance(0.6))) {
            network.add(new SupportPerson(dice.uuid(), client.id(), 0, contact.name(), contact.relationship(),
                    contact.phone(), null, true, note(dice)));
            relationships.add(contact.relationship());
        }
        while (network.size() < size) {
            String relationship = adolescent && network.isEmpty() ? dice.pick(List.of("Mother", "Father"))
                    : dice.weighted(RELATIONSHIPS, WEIGHTS);
            if (!fits(relationship, registered.age(), relationships)) {
                continue;
            }
            relationships.add(relationship);
            String name = Relatives.name(registered.culture(), client.familyName(), relationship, dice);
            String[] parts = name.split(" ", 2);
            String phone = dice.chance(0.85) ? Contacts.phone(dice.pick(Places.AREA_CODES), dice) : null;
            String email = dice.chance(0.3) ? Contacts.email(parts[0], parts[1], dice) : null;
            boolean mayContact = dice.chance(relationship.equals("Probation officer") ? 0.4 : 0.7);
            network.add(new SupportPerson(dice.uuid(), client.id(), network.size(), name, relationship, phone, email,
                    mayContact, note(dice)));
        }
        return network;
    }

    /** Whether someone of this relationship belongs in the network of a client of this age, next to those already in it. */
    static boolean fits(String relationship, int age, Set<String> already) {
        if (already.contains(relationship)) {
            return false;
        }
        return switch (relationship) {
            case "Spouse" -> age >= 18 && !already.contains("Partner");
            case "Partner" -> age >= 18 && !already.contains("Spouse");
            case "Employer", "Roommate" -> age >= 18;
            case "Adult daughter", "Adult son" -> age >= ClientGenerator.PARENT_OF_ADULT_AGE;
            default -> true;
        };
    }

    private static String note(Dice dice) {
        return dice.chance(0.3) ? dice.pick(NOTES) : null;
    }
}
