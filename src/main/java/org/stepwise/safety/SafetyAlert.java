package org.stepwise.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.measures.MeasureAdministrationId;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;

/**
 * A safety alert: opened when an administration raises a safety flag, open until a clinician records what was done.
 * The one state change, {@link #resolve}, is guarded: an alert that is already resolved cannot be resolved again.
 * Plain Java; stored by the module's repository, which checks {@link #version()} on every write.
 */
public final class SafetyAlert {

    /** The shortest and longest account of what was done, in characters. */
    public static final int MIN_ACTION = 10;
    public static final int MAX_ACTION = 2000;

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    public enum Status { OPEN, RESOLVED }

    /**
     * What a clinician recorded when resolving an alert.
     *
     * @param actionTaken what was done, in the clinician's words ({@value #MIN_ACTION} to {@value #MAX_ACTION}
     *     characters, plain text)
     */
    public record Resolution(String actionTaken, AlertOutcome outcome, StaffId by, Instant at) {

        public Resolution {
            Objects.requireNonNull(actionTaken, "actionTaken");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    private final SafetyAlertId id;
    private final ClientId client;
    private final MeasureAdministrationId administration;
    private final String instrument;
    private final LocalDate administeredOn;
    private final Severity severity;
    private final String reason;
    private final Instant openedAt;
    private final int version;
    private @Nullable Resolution resolution;

    public SafetyAlert(SafetyAlertId id, ClientId client, MeasureAdministrationId administration, String instrument,
            LocalDate administeredOn, Severity severity, String reason, Instant openedAt, int version,
            @Nullable Resolution resolution) {
        this.id = id;
        this.client = client;
        this.administration = administration;
        this.instrument = instrument;
        this.administeredOn = administeredOn;
        this.severity = severity;
        this.reason = reason;
        this.openedAt = openedAt;
        this.version = version;
        this.resolution = resolution;
    }

    /** A new, open alert. */
    public static SafetyAlert open(ClientId client, MeasureAdministrationId administration, String instrument,
            LocalDate administeredOn, Severity severity, String reason, Instant openedAt) {
        return new SafetyAlert(SafetyAlertId.random(), client, administration, instrument, administeredOn, severity,
                reason, openedAt, 0, null);
    }

    /** The event that says this alert was opened. */
    public SafetyAlertRaised raised() {
        return new SafetyAlertRaised(id, client, administration, severity, reason, openedAt);
    }

    /**
     * Closes the alert with what was done.
     *
     * @throws InvalidRequestException when the account of what was done is missing, too short, too long or not plain
     *     text ({@code actionTaken} field), or the outcome is missing
     * @throws ConflictException when the alert is already resolved (the message says by whom, when and how)
     */
    public SafetyAlertResolved resolve(@Nullable String actionTaken, @Nullable AlertOutcome outcome, StaffId by,
            Instant at) {
        Map<String, String> problems = problemsWith(actionTaken, outcome);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join(" ", problems.values()), problems);
        }
        if (resolution != null) {
            throw new ConflictException("This alert is already resolved (status " + status() + ", outcome "
                    + resolution.outcome().code() + ", at " + resolution.at() + "); nothing was changed.");
        }
        this.resolution = new Resolution(Objects.requireNonNull(actionTaken).strip(), Objects.requireNonNull(outcome),
                by, at.isBefore(openedAt) ? openedAt : at);
        return new SafetyAlertResolved(id, client, outcome, by, resolution.at());
    }

    /** What is wrong with a resolution as submitted, keyed by field ({@code actionTaken}, {@code outcome}). */
    public static Map<String, String> problemsWith(@Nullable String actionTaken, @Nullable AlertOutcome outcome) {
        Map<String, String> problems = new LinkedHashMap<>();
        String text = actionTaken == null ? "" : actionTaken.strip();
        int length = text.codePointCount(0, text.length());
        if (text.isEmpty()) {
            problems.put("actionTaken", "Say what was done (" + MIN_ACTION + " to " + MAX_ACTION + " characters).");
        } else if (length < MIN_ACTION) {
            problems.put("actionTaken", "Say what was done in at least " + MIN_ACTION + " characters (this is "
                    + length + ").");
        } else if (length > MAX_ACTION) {
            problems.put("actionTaken", "What was done is " + length + " characters long; the limit is " + MAX_ACTION
                    + ".");
        } else if (TAG.matcher(text).find()) {
            problems.put("actionTaken", "Write plain text: remove anything that looks like an HTML tag (such as "
                    + "<script>).");
        } else if (CONTROL.matcher(text).find()) {
            problems.put("actionTaken", "What was done contains control characters; write plain text.");
        }
        if (outcome == null) {
            problems.put("outcome", "Choose the outcome: one of " + AlertOutcome.codes() + ".");
        }
        return problems;
    }

    public SafetyAlertId id() {
        return id;
    }

    public ClientId client() {
        return client;
    }

    public MeasureAdministrationId administration() {
        return administration;
    }

    public String instrument() {
        return instrument;
    }

    public LocalDate administeredOn() {
        return administeredOn;
    }

    public Severity severity() {
        return severity;
    }

    public String reason() {
        return reason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** The stored version this alert was read at (optimistic locking). */
    public int version() {
        return version;
    }

    public Status status() {
        return resolution == null ? Status.OPEN : Status.RESOLVED;
    }

    public boolean isOpen() {
        return resolution == null;
    }

    public @Nullable Resolution resolution() {
        return resolution;
    }
}
