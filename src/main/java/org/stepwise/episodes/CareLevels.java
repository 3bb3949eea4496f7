package org.stepwise.episodes;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The levels of care a client may go on to, in the continuum's numbering and with their names, least intensive first:
 * 0.5 early intervention and recovery support, 1 outpatient, 2.1 intensive outpatient, 2.5 partial hospitalization,
 * 3.1 to 3.7 residential, 4 inpatient (iop-domain.md). The one list the discharge, its summary and the aftercare plan
 * choose from and name levels by.
 */
public final class CareLevels {

    /** One level: its number and what it is called. */
    public record Level(String code, String name) {

        /** "2.1 intensive outpatient (IOP)". */
        public String label() {
            return code + " " + name;
        }
    }

    public static final List<Level> ALL = List.of(
            new Level("0.5", "early intervention"),
            new Level("1", "outpatient"),
            new Level("2.1", "intensive outpatient (IOP)"),
            new Level("2.5", "partial hospitalization (PHP)"),
            new Level("3.1", "residential, clinically managed low intensity"),
            new Level("3.5", "residential, clinically managed high intensity"),
            new Level("3.7", "residential, medically monitored"),
            new Level("4", "inpatient, medically managed"));

    /** The numbers alone, in the same order. */
    public static final List<String> CODES = ALL.stream().map(Level::code).toList();

    private CareLevels() {}

    /** "2.1 intensive outpatient (IOP)" for "2.1"; an unknown number as it is; "not named" for none. */
    public static String label(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "not named";
        }
        String wanted = code.strip();
        return ALL.stream().filter(l -> l.code().equals(wanted)).findFirst().map(Level::label).orElse(wanted);
    }
}
