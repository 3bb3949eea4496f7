package org.stepwise.consents;

/** The three consents an IOP keeps. */
public enum ConsentKind {
    /** Consent to treatment: its scope and the signature. Never permits a disclosure. */
    TREATMENT("Consent to treatment"),
    /** A HIPAA authorization (45 CFR 164.508): permits disclosures of records that are not Part 2 records. */
    HIPAA_AUTHORIZATION("HIPAA authorization"),
    /** A 42 CFR Part 2 consent (§2.31): the only consent that permits disclosing substance use disorder records. */
    PART2("42 CFR Part 2 consent");

    private final String label;

    ConsentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this kind authorizes disclosures, and so holds recipients, purposes, information and expiry. */
    public boolean authorizesDisclosure() {
        return this != TREATMENT;
    }
}
