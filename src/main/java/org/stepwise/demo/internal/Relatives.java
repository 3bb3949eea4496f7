package org.stepwise.demo.internal;

import java.util.Map;
import java.util.Set;

/** Names for the people around a client: relatives usually share the client's family name and background. */
final class Relatives {

    private static final Set<String> FEMALE = Set.of("Mother", "Sister", "Aunt", "Grandmother", "Adult daughter", "Wife");
    private static final Set<String> MALE = Set.of("Father", "Brother", "Uncle", "Grandfather", "Adult son", "Husband");
    private static final Map<String, Double> SAME_FAMILY_NAME = Map.ofEntries(Map.entry("Mother", 0.7),
            Map.entry("Father", 0.9), Map.entry("Sister", 0.8), Map.entry("Brother", 0.9), Map.entry("Aunt", 0.4),
            Map.entry("Uncle", 0.5), Map.entry("Grandmother", 0.5), Map.entry("Grandfather", 0.7),
            Map.entry("Adult daughter", 0.7), Map.entry("Adult son", 0.8), Map.entry("Spouse", 0.5),
            Map.entry("Legal guardian", 0.3), Map.entry("Cousin", 0.4));

    private Relatives() {}

    /** A full name for someone with this relationship to a client of {@code culture} named {@code familyName}. */
    static String name(Culture culture, String familyName, String relationship, Dice dice) {
        double sameFamily = SAME_FAMILY_NAME.getOrDefault(relationship, 0.0);
        boolean related = sameFamily > 0;
        Culture theirs = related || dice.chance(0.5) ? culture : Culture.pick(dice);
        boolean female = FEMALE.contains(relationship) || (!MALE.contains(relationship) && dice.chance(0.5));
        String given = dice.pick(theirs.givenNames(female));
        String family = dice.chance(sameFamily) ? familyName : dice.pick(theirs.familyNames());
        return given + " " + family;
    }
}
