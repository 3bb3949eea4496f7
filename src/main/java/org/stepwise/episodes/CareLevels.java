package org.stepwise.episodes;

import java.util.List;

/**
 * The levels of care a client may go on to, in the continuum's numbering, least intensive first: 0.5 early
 * intervention and recovery support, 1 outpatient, 2.1 intensive outpatient, 2.5 partial hospitalization, 3.1 to 3.7
 * residential, 4 inpatient. The one list the discharge, the summary and the aftercare plan choose from.
 */
public final class CareLevels {

    public static final List<String> CODES = List.of("0.5", "1", "2.1", "2.5", "3.1", "3.5", "3.7", "4");

    private CareLevels() {}
}
