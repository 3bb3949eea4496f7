package org.stepwise.intake;

/**
 * The seeds' checks of who an IOP fits (seeds 001 and 004): needs more than weekly therapy, does not need 24-hour
 * supervision, is medically stable, has a home that supports recovery, is motivated. An answer is "worse" when it points
 * away from outpatient care: {@code needsMoreThanWeekly} or {@code needs24HourCare} true, any of the other three false.
 */
public record Candidacy(
        boolean needsMoreThanWeekly,
        boolean needs24HourCare,
        boolean medicallyStable,
        boolean homeSupportsRecovery,
        boolean motivated) {

    /** The JSON keys, in this order. */
    public static final java.util.List<String> KEYS = java.util.List.of("needsMoreThanWeekly", "needs24HourCare",
            "medicallyStable", "homeSupportsRecovery", "motivated");

    /** The answers that raise nothing: a client for whom weekly outpatient care is enough. */
    public static Candidacy noConcerns() {
        return new Candidacy(false, false, true, true, true);
    }

    /** The answers of someone an IOP fits exactly as the seeds describe. */
    public static Candidacy iopCandidate() {
        return new Candidacy(true, false, true, true, true);
    }
}
