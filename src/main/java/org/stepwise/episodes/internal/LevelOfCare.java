package org.stepwise.episodes.internal;

import java.util.Arrays;
import java.util.Optional;

/** The level of care at admission, in the continuum's numbering; an IOP admission is 2.1. */
public enum LevelOfCare {
    L1("1"), L2_1("2.1"), L2_5("2.5"), L3_1("3.1"), L3_5("3.5"), L3_7("3.7"), L4("4");

    public static final LevelOfCare IOP = L2_1;

    private final String code;

    LevelOfCare(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<LevelOfCare> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code.strip())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(LevelOfCare::code).toList());
    }
}
