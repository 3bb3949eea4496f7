package org.stepwise.discharge;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The continuum's levels of care by their numbers, with the names the discharge page and summary show beside them
 * (iop-domain.md: 0.5 early intervention, 1 outpatient, 2.1 intensive outpatient, 2.5 partial hospitalization, 3.x
 * residential, 4 inpatient). Plain Java.
 */
public final class LevelsOfCare {

    /** One level: its number and what it is called. */
    public record Level(String code, String name) {

        /** "2.1 intensive outpatient (IOP)". */
        public String label() {
            return code + " " + name;
        }
    }

    /** The levels a client may go on to, least intensive first (the numbers {@code episodes} accepts). */
    public static final List<Level> ALL = List.of(
            new Level("0.5", "early intervention"),
            new Level("1", "outpatient"),
            new Level("2.1", "intensive outpatient (IOP)"),
            new Level("2.5", "partial hospitalization (PHP)"),
            new Level("3.1", "residential, clinically managed low intensity"),
            new Level("3.5", "residential, clinically managed high intensity"),
            new Level("3.7", "residential, medically monitored"),
            new Level("4", "inpatient, medically managed"));

    private LevelsOfCare() {}

    /** "2.1 intensive outpatient (IOP)" for "2.1"; an unknown number as it is; "not named" for none. */
    public static String label(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "not named";
        }
        String wanted = code.strip();
        return ALL.stream().filter(l -> l.code().equals(wanted)).findFirst().map(Level::label)
                .orElseGet(() -> wanted.startsWith("3.") ? wanted + " residential" : wanted.toLowerCase(Locale.ROOT));
    }
}
