package org.stepwise.consents;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;

/**
 * A signed consent: its terms (immutable, covered by the stored SHA-256), and what happened to it since (a revocation,
 * the expiry event). Its status on any day is computed from these, never stored. Transitions return the changed consent
 * and refuse moves the current state does not allow, naming that state.
 */
public final class Consent {

    private final ConsentTerms terms;
    private final String contentHash;
    private final @Nullable Revocation revocation;
    private final @Nullable ExpiryEventRecord expiryEventRecord;

    private Consent(ConsentTerms terms, String contentHash, @Nullable Revocation revocation,
            @Nullable ExpiryEventRecord expiryEventRecord) {
        this.terms = Objects.requireNonNull(terms);
        this.contentHash = Objects.requireNonNull(contentHash);
        this.revocation = revocation;
        this.expiryEventRecord = expiryEventRecord;
    }

    /** A newly signed consent, its hash computed from the terms. */
    public static Consent sign(ConsentTerms terms) {
        return new Consent(terms, terms.sha256(), null, null);
    }

    /** A consent as stored, with the hash computed when it was signed (see {@link #intact()}). */
    public static Consent restore(ConsentTerms terms, String contentHash, @Nullable Revocation revocation,
            @Nullable ExpiryEventRecord expiryEventRecord) {
        return new Consent(terms, contentHash, revocation, expiryEventRecord);
    }

    public ConsentId id() {
        return terms.id();
    }

    public ClientId client() {
        return terms.client();
    }

    public ConsentKind kind() {
        return terms.kind();
    }

    public ConsentTerms terms() {
        return terms;
    }

    public String contentHash() {
        return contentHash;
    }

    public Optional<Revocation> revocation() {
        return Optional.ofNullable(revocation);
    }

    public Optional<ExpiryEventRecord> expiryEventRecord() {
        return Optional.ofNullable(expiryEventRecord);
    }

    public LocalDate signedOn() {
        return terms.signature().signedOn();
    }

    /** Whether the stored terms still hash to the value stored at signing: false means they were changed since. */
    public boolean intact() {
        return terms.sha256().equals(contentHash);
    }

    /**
     * The status on {@code day}: revoked from the revocation date on; expired after the expiry date, or from the day the
     * expiry event happened; active otherwise.
     */
    public ConsentStatus statusOn(LocalDate day) {
        if (revocation != null && !day.isBefore(revocation.revokedOn())) {
            return ConsentStatus.REVOKED;
        }
        return expiredOn(day).isPresent() ? ConsentStatus.EXPIRED : ConsentStatus.ACTIVE;
    }

    /** The day the consent's expiry took effect, if it has by {@code day}. */
    public Optional<LocalDate> expiredOn(LocalDate day) {
        LocalDate expiresOn = terms.expiresOn();
        if (expiresOn != null && day.isAfter(expiresOn)) {
            return Optional.of(expiresOn.plusDays(1));
        }
        if (expiryEventRecord != null && !day.isBefore(expiryEventRecord.occurredOn())) {
            return Optional.of(expiryEventRecord.occurredOn());
        }
        return Optional.empty();
    }

    /** Whether the consent can permit anything on {@code day}: signed by then, and neither revoked nor expired. */
    public boolean inEffectOn(LocalDate day) {
        return !day.isBefore(signedOn()) && statusOn(day) == ConsentStatus.ACTIVE;
    }

    /**
     * Revokes the consent from {@code revocation.revokedOn()} on.
     *
     * @throws ConsentStateException when it is already revoked, or had expired by the revocation date
     * @throws InvalidRequestException when the revocation date is before the signing date
     */
    public Consent revoke(Revocation revocation) {
        if (this.revocation != null) {
            throw new ConsentStateException("This consent is already REVOKED (since " + this.revocation.revokedOn()
                    + "); it cannot be revoked again.");
        }
        if (revocation.revokedOn().isBefore(signedOn())) {
            throw InvalidRequestException.forField("revokedOn", "The revocation date cannot be before the consent was "
                    + "signed (" + signedOn() + ").");
        }
        Optional<LocalDate> expired = expiredOn(revocation.revokedOn());
        if (expired.isPresent()) {
            throw new ConsentStateException("This consent is EXPIRED (since " + expired.get() + "): there is nothing "
                    + "left to revoke.");
        }
        return new Consent(terms, contentHash, revocation, expiryEventRecord);
    }

    /**
     * Records that the event the consent expires on has happened.
     *
     * @throws ConsentStateException when the consent names no expiry event, or the event was recorded already
     * @throws InvalidRequestException when the date is before the signing date
     */
    public Consent recordExpiryEvent(ExpiryEventRecord event) {
        if (terms.expiryEvent() == null) {
            throw new ConsentStateException("This consent expires on a date, not on an event: there is no event to "
                    + "record.");
        }
        if (expiryEventRecord != null) {
            throw new ConsentStateException("The expiry event was already recorded (on " + expiryEventRecord.occurredOn()
                    + "); the consent is EXPIRED from then on.");
        }
        if (event.occurredOn().isBefore(signedOn())) {
            throw InvalidRequestException.forField("occurredOn", "The event cannot have happened before the consent was "
                    + "signed (" + signedOn() + ").");
        }
        return new Consent(terms, contentHash, revocation, event);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Consent that && terms.equals(that.terms) && contentHash.equals(that.contentHash)
                && Objects.equals(revocation, that.revocation) && Objects.equals(expiryEventRecord, that.expiryEventRecord);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return "Consent[" + terms.id() + ", " + terms.kind() + "]";
    }
}
