package org.stepwise.demo.internal;

import java.util.List;

/** Made-up places: site names, towns, streets. States are real two-letter codes in the Eastern time zone. */
final class Places {

    static final List<String> SITE_NAMES = List.of("Riverside Center", "Northgate Clinic", "Lakeview Center",
            "Hillcrest Clinic", "Maple Street Center", "Harbor Point Clinic", "Cedar Ridge Center", "Westbrook Clinic",
            "Fairview Center", "Stonebridge Clinic", "Meadowlark Center", "Pinecrest Clinic");

    static final List<String> TOWNS = List.of("Millbrook", "Eastmere", "Port Alder", "Willow Bend", "Brookhaven Falls",
            "Cedar Ridge", "North Fairfield", "Lake Tamsin", "Oakhurst", "Glenmoor", "Redfern", "Ashby Crossing",
            "Marlow Heights", "Silverton Mills", "Hollins Bay", "Kestrel Point");

    static final List<String> STATES = List.of("NY", "NJ", "PA", "MA", "CT", "MD", "VA", "NC", "GA", "OH", "MI");

    /** Area codes; with the fictional 555-0100 to 555-0199 range no generated phone number reaches a real line. */
    static final List<String> AREA_CODES = List.of("201", "212", "215", "267", "301", "315", "404", "410", "412",
            "434", "508", "518", "585", "609", "614", "617", "704", "716", "732", "757", "804", "860", "908", "919");

    static final List<String> STREETS = List.of("Maple", "Cedar", "Elm", "Oak", "Willow", "Birch", "Juniper", "Sycamore",
            "Chestnut", "Lakeside", "Hillside", "Orchard", "Meadow", "Spring", "Mill", "River", "Church", "Union",
            "Prospect", "Highland", "Harbor", "Summit", "Garden", "Quarry", "Linden", "Beacon");

    static final List<String> STREET_KINDS = List.of("Street", "Avenue", "Road", "Lane", "Drive", "Court", "Place",
            "Terrace", "Way", "Boulevard");

    private Places() {}

    static String streetAddress(Dice dice) {
        String line = dice.between(1, 2999) + " " + dice.pick(STREETS) + " " + dice.pick(STREET_KINDS);
        if (dice.chance(0.25)) {
            line += dice.chance(0.5) ? ", Apt " + dice.between(1, 40) : ", Unit " + (char) ('A' + dice.between(0, 7));
        }
        return line;
    }

    /** A street address for a clinic building, sometimes with a suite number. */
    static String siteAddress(Dice dice) {
        String line = dice.between(10, 2999) + " " + dice.pick(STREETS) + " " + dice.pick(STREET_KINDS);
        return dice.chance(0.4) ? line + ", Suite " + dice.between(1, 4) * 100 : line;
    }

    /** A made-up five-digit postal code that starts like the town's. */
    static String postalCode(String town, Dice dice) {
        int prefix = 100 + Math.floorMod(town.hashCode(), 900);
        return String.format("%03d%02d", prefix, dice.between(0, 99));
    }
}
