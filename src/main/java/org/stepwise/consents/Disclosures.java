package org.stepwise.consents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.consents.internal.ConsentStore;
import org.stepwise.consents.internal.DisclosureStore;
import org.stepwise.consents.internal.RedisclosureNoticeText;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;

/**
 * Whether a client's records may be disclosed, the notice that must go with each disclosure, and the accounting of
 * disclosures. Any module that releases a client's records asks {@link #check} first, or records the release with
 * {@link #disclose}, which checks, stores the disclosure and audits it as an export in one transaction.
 */
@Service
public class Disclosures {

    /** Which edition of the 42 CFR 2.32 notice {@link #redisclosureNotice()} returns. */
    public static final String NOTICE_EDITION = "42 CFR 2.32(a)(1), 2024 rule";

    /** How far back the accounting of disclosures reaches (42 CFR 2.24). */
    public static final int ACCOUNTING_YEARS = 3;

    private final ConsentStore consents;
    private final DisclosureStore disclosures;
    private final RedisclosureNoticeText notice;
    private final ChartAccess chartAccess;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Disclosures(ConsentStore consents, DisclosureStore disclosures, RedisclosureNoticeText notice,
            ChartAccess chartAccess, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.consents = consents;
        this.disclosures = disclosures;
        this.notice = notice;
        this.chartAccess = chartAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A recorded disclosure and the notice that must accompany it. */
    public record Disclosed(Disclosure disclosure, DisclosureDecision decision, String notice) {}

    /** No consent permits the disclosure: answered with 409 and the decision. */
    public static class DisclosureRefusedException extends ConflictException {

        private final DisclosureDecision decision;

        public DisclosureRefusedException(DisclosureDecision decision) {
            super("Disclosure refused: " + decision.reason());
            this.decision = decision;
        }

        public DisclosureDecision decision() {
            return decision;
        }
    }

    /**
     * Whether the client's consents permit disclosing these categories of Part 2 records to the recipient for the
     * purpose on that day. Records nothing and checks no chart access: the caller does both for a person.
     */
    @Transactional(readOnly = true)
    public DisclosureDecision check(ClientId client, DisclosureRecipient recipient, DisclosurePurpose purpose,
            Set<InformationCategory> categories, LocalDate on) {
        return check(client, new DisclosureRequest(recipient, purpose, categories, on, RecordProtection.PART2));
    }

    /** {@link #check(ClientId, DisclosureRecipient, DisclosurePurpose, Set, LocalDate)} for records of either law. */
    @Transactional(readOnly = true)
    public DisclosureDecision check(ClientId client, DisclosureRequest request) {
        if (request.categories().isEmpty()) {
            throw InvalidRequestException.forField("categories", "Say what information would be disclosed: at least "
                    + "one category.");
        }
        return DisclosureRule.decide(consents.forClient(client), request.recipient(), request.purpose(),
                request.categories(), request.on(), request.protection());
    }

    /** The notice of 42 CFR 2.32(a)(1) (Statement 1), verbatim, to accompany every disclosure made with consent. */
    public String redisclosureNotice() {
        return notice.full();
    }

    /** The abbreviated notice of 42 CFR 2.32(a)(2) (Statement 2), verbatim. */
    public String abbreviatedRedisclosureNotice() {
        return notice.abbreviated();
    }

    /**
     * Records a disclosure of the client's records by the signed-in user, if a consent permits it: the disclosure row
     * for the accounting and an EXPORT audit row, in one transaction.
     *
     * @throws DisclosureRefusedException when no consent permits it (nothing is stored)
     * @throws InvalidRequestException when the day is in the future
     */
    @Transactional
    public Disclosed disclose(ClientId client, DisclosureRequest request) {
        chartAccess.require(client);
        if (request.on().isAfter(LocalDate.now(clock))) {
            throw InvalidRequestException.forField("on", "Record a disclosure once it is made: the date cannot be in "
                    + "the future.");
        }
        DisclosureDecision decision = check(client, request);
        if (!decision.permitted()) {
            throw new DisclosureRefusedException(decision);
        }
        Disclosure disclosure = new Disclosure(UUID.randomUUID(), client, java.util.Objects.requireNonNull(decision.consent()),
                request.recipient(), request.purpose(), List.copyOf(request.categories()), request.on(), NOTICE_EDITION,
                currentUser.require().staffId(), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        disclosures.insert(disclosure);
        audit.record(AuditAction.EXPORT, client, "disclosure", "to " + request.recipient().describe() + " for "
                + request.purpose() + ": " + disclosure.categories().stream().map(Enum::name)
                        .collect(Collectors.joining(",")) + " under consent " + decision.consent());
        return new Disclosed(disclosure, decision, notice.full());
    }

    /** The client's disclosures of the last three years, the most recent first; audited as a view. */
    @Transactional
    public List<Disclosure> accounting(ClientId client) {
        chartAccess.require(client);
        List<Disclosure> list = disclosures.forClientSince(client, LocalDate.now(clock).minusYears(ACCOUNTING_YEARS));
        audit.record(AuditAction.VIEW, client, "accounting of disclosures", list.size() + " disclosure(s)");
        return list;
    }
}
