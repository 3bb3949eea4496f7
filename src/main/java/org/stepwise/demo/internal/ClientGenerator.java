package org.stepwise.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepwise.demo.ClinicSpec;
import org.stepwise.demo.SyntheticClinic.Address;
import org.stepwise.demo.SyntheticClinic.Client;
import org.stepwise.demo.SyntheticClinic.EmergencyContact;
import org.stepwise.demo.SyntheticClinic.Site;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.Role;

/**
 * Clients with diverse, made-up demographics, registered at business hours over the months of history and listed in
 * the order they were registered. Adults are 18 to 75; about 3% are adolescents (13 to 17).
 */
final class ClientGenerator {

    /** A generated client with the background its relatives and support network are drawn from. */
    record Registered(Client client, Culture culture, int age) {}

    private record Identity(@Nullable String sexAtBirth, @Nullable String genderIdentity, @Nullable String pronouns,
            boolean femaleName, boolean neutralName) {}

    static final double ADOLESCENT_SHARE = 0.03;

    /** The youngest age at which a client may have an adult child. */
    static final int PARENT_OF_ADULT_AGE = 38;

    private static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("Katherine", "Kate"),
            Map.entry("Christopher", "Chris"), Map.entry("Alejandro", "Alex"), Map.entry("Daniela", "Dani"),
            Map.entry("Matthew", "Matt"), Map.entry("Michael", "Mike"), Map.entry("Jessica", "Jess"),
            Map.entry("Rebecca", "Becca"), Map.entry("Abigail", "Abby"), Map.entry("William", "Will"),
            Map.entry("Joshua", "Josh"), Map.entry("Nathan", "Nate"), Map.entry("Guadalupe", "Lupe"),
            Map.entry("Oleksandr", "Sasha"), Map.entry("Mikhail", "Misha"), Map.entry("Dmitri", "Dima"),
            Map.entry("Gabriela", "Gabby"), Map.entry("Eduardo", "Lalo"), Map.entry("Santiago", "Santi"),
            Map.entry("Elizabeth", "Liz"), Map.entry("Jean-Pierre", "JP"), Map.entry("Mark Anthony", "Mac"),
            Map.entry("Reginald", "Reggie"), Map.entry("Alejandra", "Ale"), Map.entry("Abdullahi", "Abdi"),
            Map.entry("Olumide", "Olu"), Map.entry("Katarzyna", "Kasia"), Map.entry("Beatriz", "Bia"));

    private static final List<String> ADULT_CONTACTS = List.of("Spouse", "Partner", "Mother", "Father", "Sister",
            "Brother", "Friend", "Adult daughter", "Adult son", "Aunt", "Grandmother", "Roommate");
    private static final double[] ADULT_CONTACT_WEIGHTS = {20, 12, 18, 8, 10, 7, 12, 4, 3, 2, 2, 2};
    private static final List<String> GUARDIANS = List.of("Mother", "Father", "Legal guardian", "Grandmother");
    private static final double[] GUARDIAN_WEIGHTS = {50, 30, 10, 10};

    private ClientGenerator() {}

    static List<Registered> generate(ClinicSpec spec, List<Site> sites, StaffPool staff, BusinessHours hours, Dice dice) {
        int adolescents = spec.clients() >= 10 ? Math.max(1, (int) Math.round(spec.clients() * ADOLESCENT_SHARE)) : 0;
        Set<Integer> adolescentIndexes = new HashSet<>(dice.distinctIndexes(adolescents, spec.clients()));
        List<Registered> clients = new ArrayList<>(spec.clients());
        for (int i = 0; i < spec.clients(); i++) {
            clients.add(client(spec, dice.pick(sites), adolescentIndexes.contains(i), staff, hours, dice));
        }
        clients.sort(Comparator.comparing((Registered r) -> r.client().createdAt())
                .thenComparing(r -> r.client().id().value()));
        return clients;
    }

    private static Registered client(ClinicSpec spec, Site site, boolean adolescent, StaffPool staff,
            BusinessHours hours, Dice dice) {
        Culture culture = Culture.pick(dice);
        String familyName = dice.pick(dice.chance(0.1) ? Culture.pick(dice).familyNames() : culture.familyNames());
        Identity identity = identity(dice);
        String givenName = dice.pick(identity.neutralName() ? Culture.NEUTRAL_NAMES : culture.givenNames(identity.femaleName()));
        String preferredName = preferredName(culture, givenName, identity.femaleName(), dice);
        int age = adolescent ? dice.between(13, 17) : adultAge(dice);
        LocalDate born = spec.asOf().minusYears(age).minusDays(dice.between(1, 364));

        String language = "English";
        boolean interpreter = false;
        if (dice.chance(0.004)) {
            language = "American Sign Language";
            interpreter = true;
        } else if (!culture.languages().isEmpty()
                && dice.chance(adolescent ? culture.otherLanguageShare() / 3 : culture.otherLanguageShare())) {
            language = dice.pick(culture.languages());
            interpreter = dice.chance(0.45);
        }

        String phone = dice.chance(0.93) ? Contacts.phone(areaCode(site, dice), dice) : null;
        String email = dice.chance(adolescent ? 0.4 : 0.72) ? Contacts.email(givenName, familyName, dice) : null;
        Address address = dice.chance(0.97) ? address(site, dice) : null;
        EmergencyContact contact = emergencyContact(culture, familyName, site, age, dice);

        Instant created = hours.between(spec.historyStart(), spec.asOf(), dice);
        String createdBy = staff.usernameAt(site.id(), dice.chance(0.85) ? Role.INTAKE_COORDINATOR : Role.FRONT_DESK, dice);
        Instant updated = created;
        String updatedBy = createdBy;
        int version = 0;
        LocalDate createdDay = hours.dayOf(created);
        if (dice.chance(0.35) && createdDay.plusDays(1).isBefore(spec.asOf())) {
            updated = hours.between(createdDay.plusDays(1), spec.asOf(), dice);
            updatedBy = staff.usernameAt(site.id(), dice.pick(List.of(Role.INTAKE_COORDINATOR, Role.FRONT_DESK,
                    Role.CASE_MANAGER)), dice);
            version = dice.between(1, 3);
        }
        Client client = new Client(new ClientId(dice.uuid()), site.id(), givenName, familyName,
                preferredName, identity.pronouns(), born, identity.sexAtBirth(), identity.genderIdentity(), language,
                interpreter, phone, email, address, contact, created, createdBy, updated, updatedBy, version, null);
        return new Registered(client, culture, age);
    }

    /** Most IOP clients are between their twenties and forties. */
    private static int adultAge(Dice dice) {
        double group = dice.fraction();
        if (group < 0.10) {
            return dice.between(18, 21);
        } else if (group < 0.70) {
            return dice.between(22, 45);
        } else if (group < 0.95) {
            return dice.between(46, 65);
        }
        return dice.between(66, 75);
    }

    private static Identity identity(Dice dice) {
        double draw = dice.fraction();
        if (draw < 0.025) {
            boolean female = dice.chance(0.5);
            String pronouns = dice.weighted(List.of("they/them", "she/they", "he/they"), 75, 13, 12);
            return new Identity(female ? "FEMALE" : "MALE", "Non-binary", pronouns, female, dice.chance(0.5));
        } else if (draw < 0.035) {
            return new Identity("MALE", "Transgender woman", "she/her", true, false);
        } else if (draw < 0.045) {
            return new Identity("FEMALE", "Transgender man", "he/him", false, false);
        } else if (draw < 0.05) {
            return new Identity(dice.chance(0.5) ? "FEMALE" : "MALE", "Genderqueer", "they/them", dice.chance(0.5), true);
        }
        boolean female = dice.chance(0.52);
        String sex = female ? "FEMALE" : "MALE";
        double rare = dice.fraction();
        if (rare < 0.003) {
            sex = "INTERSEX";
        } else if (rare < 0.013) {
            sex = "UNKNOWN";
        } else if (rare < 0.043) {
            sex = null;
        }
        String gender = dice.chance(0.08) ? null : female ? "Woman" : "Man";
        String pronouns = dice.chance(0.12) ? null : female ? (dice.chance(0.97) ? "she/her" : "she/they")
                : (dice.chance(0.97) ? "he/him" : "he/they");
        return new Identity(sex, gender, pronouns, female, false);
    }

    private static @Nullable String preferredName(Culture culture, String given, boolean female, Dice dice) {
        if (culture.englishNameShare() > 0 && dice.chance(culture.englishNameShare())) {
            return dice.pick(Culture.anglo().givenNames(female));
        }
        String nickname = NICKNAMES.get(given);
        return nickname != null && dice.chance(0.45) ? nickname : null;
    }

    private static String areaCode(Site site, Dice dice) {
        return dice.chance(0.7) ? site.areaCode() : dice.pick(Places.AREA_CODES);
    }

    private static Address address(Site site, Dice dice) {
        String town = dice.chance(0.8) ? site.city() : dice.pick(Places.TOWNS);
        return new Address(Places.streetAddress(dice), town, site.state(), Places.postalCode(town, dice));
    }

    private static @Nullable EmergencyContact emergencyContact(Culture culture, String familyName, Site site,
            int age, Dice dice) {
        boolean adolescent = age < 18;
        if (!adolescent && dice.chance(0.1)) {
            return null;
        }
        String relationship = adolescent ? dice.weighted(GUARDIANS, GUARDIAN_WEIGHTS)
                : dice.weighted(ADULT_CONTACTS, ADULT_CONTACT_WEIGHTS);
        while (relationship.startsWith("Adult ") && age < PARENT_OF_ADULT_AGE) {
            relationship = dice.weighted(ADULT_CONTACTS, ADULT_CONTACT_WEIGHTS);
        }
        return new EmergencyContact(Relatives.name(culture, familyName, relationship, dice), Contacts.phone(
                areaCode(site, dice), dice), relationship);
    }
}
