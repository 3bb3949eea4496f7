package org.stepwise.safety;

/**
 * How urgent an alert is. PHQ-9 item 9 is a screening question, not a risk assessment: any answer above 0 asks for a
 * same-day assessment, so it opens a {@link #MODERATE} alert whatever the total. A C-SSRS screener result carries its
 * own risk level ({@link #MODERATE} or {@link #HIGH}).
 */
public enum Severity {
    MODERATE("moderate"),
    HIGH("high");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /** As stored and in the API. */
    public String code() {
        return code;
    }

    public static Severity fromCode(String code) {
        for (Severity severity : values()) {
            if (severity.code.equals(code)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("No severity " + code);
    }
}
