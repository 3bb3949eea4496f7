package org.stepwise.consents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.consents.internal.ConsentStore;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * A client's consents, on behalf of the signed-in user: every method first checks the care-team rule
 * ({@link ChartAccess}), and records what it shows or changes in the audit log in the same transaction.
 */
@Service
public class Consents {

    private final ConsentStore store;
    private final ChartAccess chartAccess;
    private final ClientRegistry registry;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consents(ConsentStore store, ChartAccess chartAccess, ClientRegistry registry, AuditLog audit,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.chartAccess = chartAccess;
        this.registry = registry;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A stored consent and whether this call stored it (false: the same submission arrived before). */
    public record Signed(Consent consent, boolean isNew) {}

    /** Today in the clinic's time zone: the day statuses are shown for. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Signs a consent for the client: checks every element its kind requires, stamps the signature with the time and
     * the signed-in user as witness, stores it with the SHA-256 of its content, audits and announces it. Sending the
     * same id and content again changes nothing.
     *
     * @throws InvalidRequestException naming every missing or invalid element
     * @throws ConflictException when the id belongs to a consent with other content (a signed consent never changes)
     */
    @Transactional
    public Signed sign(ClientId client, NewConsent submission) {
        chartAccess.require(client);
        ClientSummary summary = registry.find(client)
                .orElseThrow(() -> new NotFoundException("There is no client with id " + client + "."));
        StepwiseUser user = currentUser.require();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ConsentTerms terms = ConsentRules.terms(submission, new ConsentRules.Signing(client, summary.legalName(),
                summary.displayName(), now, LocalDate.ofInstant(now, clock.getZone()), user.staffId()));
        Consent consent = Consent.sign(terms);
        if (!store.insert(consent)) {
            Consent existing = store.find(terms.id()).orElseThrow();
            if (!existing.client().equals(client) || !sameContent(existing, terms)) {
                throw new ConflictException("A consent with id " + terms.id() + " is already signed with other content. "
                        + "A signed consent is never changed: sign a new consent (with a new id) instead.");
            }
            return new Signed(existing, false);
        }
        audit.record(AuditAction.CREATE, client, "consent", terms.kind() + " " + terms.id() + " sha256 "
                + consent.contentHash());
        events.publishEvent(new ConsentSigned(terms.id(), client, terms.kind(), terms.signature().signedOn(),
                terms.expiresOn()));
        return new Signed(consent, true);
    }

    /** The client's consents, the most recently signed first; audited as a view. */
    @Transactional
    public List<Consent> forClient(ClientId client) {
        chartAccess.require(client);
        List<Consent> consents = store.forClient(client);
        audit.record(AuditAction.VIEW, client, "consents", consents.size() + " consent(s)");
        return consents;
    }

    /** One consent; audited as a view. */
    @Transactional
    public Consent get(ConsentId id) {
        Consent consent = store.find(id).orElseThrow(() -> notFound(id));
        chartAccess.require(consent.client());
        audit.record(AuditAction.VIEW, consent.client(), "consent", consent.kind() + " " + id);
        return consent;
    }

    /** One consent of this client (404 when it belongs to another); audited as a view. */
    @Transactional
    public Consent get(ClientId client, ConsentId id) {
        chartAccess.require(client);
        Consent consent = store.find(id).filter(c -> c.client().equals(client)).orElseThrow(() -> notFound(id));
        audit.record(AuditAction.VIEW, client, "consent", consent.kind() + " " + id);
        return consent;
    }

    /**
     * Records that the client revoked the consent. Sending the same revocation again changes nothing.
     *
     * @throws InvalidRequestException for a missing, future or malformed date, or an unknown method
     * @throws ConsentStateException when the consent was revoked differently already, or had expired
     */
    @Transactional
    public Consent revoke(ConsentId id, NewRevocation submission) {
        Consent consent = store.lock(id).orElseThrow(() -> notFound(id));
        chartAccess.require(consent.client());
        Revocation revocation = revocation(submission);
        var existing = consent.revocation();
        if (existing.isPresent() && existing.get().revokedOn().equals(revocation.revokedOn())
                && existing.get().method() == revocation.method()) {
            return consent;
        }
        Consent revoked = consent.revoke(revocation);
        if (!store.insertRevocation(id, revocation)) {
            throw new ConsentStateException("Someone revoked this consent a moment ago; reload it to see the revocation.");
        }
        audit.record(AuditAction.UPDATE, consent.client(), "consent", "revoked " + consent.kind() + " " + id + " on "
                + revocation.revokedOn() + " (" + revocation.method() + ")");
        events.publishEvent(new ConsentRevoked(id, consent.client(), consent.kind(), revocation.revokedOn()));
        return revoked;
    }

    /**
     * Records that the event the consent expires on happened.
     *
     * @throws InvalidRequestException for a missing, future or malformed date, or a note that is not plain text
     * @throws ConsentStateException when the consent has no expiry event or it was recorded already
     */
    @Transactional
    public Consent recordExpiryEvent(ConsentId id, @Nullable String occurredOn, @Nullable String note) {
        Consent consent = store.lock(id).orElseThrow(() -> notFound(id));
        chartAccess.require(consent.client());
        LocalDate day = day(occurredOn, "occurredOn");
        ExpiryEventRecord event = new ExpiryEventRecord(day, note(note), currentUser.require().staffId(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        var existing = consent.expiryEventRecord();
        if (existing.isPresent() && existing.get().occurredOn().equals(day)) {
            return consent;
        }
        Consent expired = consent.recordExpiryEvent(event);
        if (!store.insertExpiryEvent(id, event)) {
            throw new ConsentStateException("Someone recorded the expiry event a moment ago; reload the consent.");
        }
        audit.record(AuditAction.UPDATE, consent.client(), "consent", "expiry event of " + id + " on " + day);
        return expired;
    }

    private Revocation revocation(NewRevocation submission) {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate day = null;
        try {
            day = day(submission.revokedOn(), "revokedOn");
        } catch (InvalidRequestException e) {
            errors.putAll(e.fieldErrors());
        }
        RevocationMethod method = null;
        try {
            method = submission.method() == null ? null
                    : RevocationMethod.valueOf(submission.method().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (method == null) {
            errors.put("method", "Say how the client communicated the revocation: IN_WRITING, VERBALLY or "
                    + "ELECTRONICALLY.");
        }
        String note = null;
        try {
            note = note(submission.note());
        } catch (InvalidRequestException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The revocation is not complete: " + String.join("; ", errors.values()),
                    errors);
        }
        return new Revocation(day, method, note, currentUser.require().staffId(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    private LocalDate day(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return today();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.forField(field, "Enter the date as yyyy-mm-dd.");
        }
        if (day.isAfter(today())) {
            throw InvalidRequestException.forField(field, "The date cannot be in the future (today is " + today() + ").");
        }
        return day;
    }

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String problem = ConsentRules.plainTextProblem(note.strip(), 1000, "The note");
        if (problem != null) {
            throw InvalidRequestException.forField("note", problem);
        }
        return note.strip();
    }

    private static boolean sameContent(Consent existing, ConsentTerms submitted) {
        Signature stored = existing.terms().signature();
        Signature s = submitted.signature();
        ConsentTerms asIfThen = new ConsentTerms(submitted.id(), submitted.client(), submitted.kind(),
                existing.terms().patientName(), submitted.scope(), submitted.discloser(), submitted.categories(),
                submitted.informationDetail(), submitted.recipientNames(), submitted.recipientClasses(),
                submitted.purposes(), submitted.purposeDescription(), submitted.revocationStatement(),
                submitted.expiresOn(), submitted.expiryEvent(), new Signature(s.signer(), s.signerName(),
                        s.representativeAuthority(), stored.signedAt(), stored.signedOn(), stored.witnessedBy()));
        return asIfThen.sha256().equals(existing.contentHash());
    }

    private static NotFoundException notFound(ConsentId id) {
        return new NotFoundException("There is no consent with id " + id + ".");
    }
}
