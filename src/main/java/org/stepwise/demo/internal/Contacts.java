package org.stepwise.demo.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Phones, emails and user names that cannot reach anyone: 555-01xx numbers and example.org addresses. */
final class Contacts {

    private Contacts() {}

    static String phone(String areaCode, Dice dice) {
        return "(" + areaCode + ") 555-01" + String.format("%02d", dice.between(0, 99));
    }

    static String email(String given, String family, Dice dice) {
        String g = slug(given);
        String f = slug(family);
        String local = switch (dice.between(0, 3)) {
            case 0 -> g + "." + f;
            case 1 -> g + f + dice.between(1, 99);
            case 2 -> g.charAt(0) + f;
            default -> g + "_" + f + dice.between(1, 9999);
        };
        return local + "@example.org";
    }

    /** Lower-case ASCII letters and digits only: "D'Angelo" becomes "dangelo", "José" becomes "jose". */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
