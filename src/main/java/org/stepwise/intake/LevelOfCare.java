package org.stepwise.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The levels of care in the continuum, ordered from least to most intensive (the numbering clinics and payers use for
 * placement). IOP is {@link #L2_1}. Labels are Stepwise's own short names.
 */
public enum LevelOfCare {
    L1("1", "Outpatient"),
    L2_1("2.1", "Intensive outpatient (IOP)"),
    L2_5("2.5", "Partial hospitalization / day program"),
    L3_1("3.1", "Residential, low intensity"),
    L3_5("3.5", "Residential, high intensity"),
    L3_7("3.7", "Inpatient, medically monitored"),
    L4("4", "Inpatient, medically managed");

    private static final LevelOfCare[] VALUES = values();

    private final String code;
    private final String label;

    LevelOfCare(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The level as written on a placement: {@code "1"}, {@code "2.1"}, ... {@code "4"}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<LevelOfCare> fromCode(String code) {
        return Arrays.stream(VALUES).filter(level -> level.code.equals(code)).findFirst();
    }

    /** The level at an ordinal position, for allocation-free rule evaluation. */
    public static LevelOfCare ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public boolean isAbove(LevelOfCare other) {
        return compareTo(other) > 0;
    }

    public LevelOfCare atLeast(LevelOfCare floor) {
        return floor.isAbove(this) ? floor : this;
    }

    /** All codes in order, for messages that list the valid choices. */
    public static String codes() {
        return String.join(", ", Arrays.stream(VALUES).map(LevelOfCare::code).toList());
    }
}
