package org.stepwise.notes;

import java.util.Arrays;
import java.util.Optional;

/** The choices of a client's entry in a group note, each with the words a note shows for it. */
public final class GroupChoices {

    private GroupChoices() {}

    /** How the client took part in the group. */
    public enum Participation {
        ACTIVE("Active: shared and responded to others"),
        MODERATE("Moderate: took part when invited"),
        MINIMAL("Minimal: mostly listened"),
        WITHDRAWN("Withdrawn: did not take part"),
        DISRUPTIVE("Disruptive: redirected during the group");

        private final String label;

        Participation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the client presented: mood and affect as observed. */
    public enum Presentation {
        EUTHYMIC("Euthymic, calm"),
        ANXIOUS("Anxious"),
        DEPRESSED("Depressed, flat affect"),
        IRRITABLE("Irritable, agitated"),
        ELEVATED("Elevated, pressured"),
        IMPAIRED("Appeared impaired or under the influence");

        private final String label;

        Presentation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Risk to self or others as assessed in the group. Moderate and high need words on what was done. */
    public enum Risk {
        NONE("None identified"),
        LOW("Low"),
        MODERATE("Moderate"),
        HIGH("High");

        private final String label;

        Risk(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean needsWords() {
            return this == MODERATE || this == HIGH;
        }
    }

    /** The constant named {@code code} (as stored), or empty for a blank or unknown code. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code.strip())).findFirst();
    }
}
