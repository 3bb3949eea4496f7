package org.stepwise.consents;

/** Which law protects the records to be disclosed, and so which consents may permit the disclosure. */
public enum RecordProtection {
    /** Substance use disorder records of a Part 2 program: only a Part 2 consent permits a disclosure. */
    PART2,
    /** Other health records: a HIPAA authorization or a Part 2 consent permits a disclosure. */
    HIPAA;

    boolean acceptedBy(ConsentKind kind) {
        return switch (this) {
            case PART2 -> kind == ConsentKind.PART2;
            case HIPAA -> kind == ConsentKind.PART2 || kind == ConsentKind.HIPAA_AUTHORIZATION;
        };
    }
}
